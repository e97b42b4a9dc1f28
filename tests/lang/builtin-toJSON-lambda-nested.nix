builtins.toJSON {
  a = 1;
  b = [ 2 ({ x }: x) ];
}
