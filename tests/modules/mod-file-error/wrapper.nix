{
  imports = [
    { _file = ./generated.nix; mode = "quick"; }
  ];
}
