let x = 1; y = "two"; z = [ 3 ]; in { inherit x y z; w = 4; }
