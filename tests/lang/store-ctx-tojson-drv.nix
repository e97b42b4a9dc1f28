let d = derivation { name = "d"; system = "x86_64-linux"; builder = "/bin/sh"; }; in
{
  json = builtins.toJSON { inherit d; p = ./store-data/hello.txt; };
  ctx = builtins.getContext (builtins.toJSON { inherit d; p = ./store-data/hello.txt; });
}
