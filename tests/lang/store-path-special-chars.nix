let p = ./store-data + "/x+y=z?_.-A.txt"; in
[ (toString p) "${p}" ]
