"x".y
