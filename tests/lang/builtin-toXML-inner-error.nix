builtins.toXML {
  ok = 1;
  bad = [ (1 + "x") ];
}
