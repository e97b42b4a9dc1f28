let
  s = ''
    hello
    world
in s
