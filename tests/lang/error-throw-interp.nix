let
  n = 3;
in {
  v = throw "n is ${toString n}";
}
