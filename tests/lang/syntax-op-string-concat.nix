[ ("a" + "b" + "c") ("x" + toString 1) ]
