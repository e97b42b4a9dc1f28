let f = x: "<" + x + ">"; in "pre ${f "mid"} ${toString (1 + 2)} ${if true then "y" else "n"} post"
