builtins.toJSON {
  ok = 1;
  bad = builtins.add;
}
