"abc ${toString 1
