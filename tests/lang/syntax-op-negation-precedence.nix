let f = x: x; in [ (-1 + 2) (- f 3) (2 * -3) (!true == false) ]
