let
  d = derivation { name = "d"; system = "x86_64-linux"; builder = "/bin/sh"; outputs = [ "out" "dev" ]; };
  p = builtins.unsafeDiscardOutputDependency d.drvPath;
in {
  inherit p;
  before = builtins.getContext d.drvPath;
  after = builtins.getContext p;
  # only '=' (all outputs) entries are changed; output and path entries stay
  outputs = builtins.getContext (builtins.unsafeDiscardOutputDependency "${d} ${d.dev}");
  path = builtins.getContext (builtins.unsafeDiscardOutputDependency "${./store-data/hello.txt}");
  mixed = builtins.getContext (builtins.unsafeDiscardOutputDependency "${d.drvPath} ${d.dev}");
  # a derivation using the plain .drv reference has it as an input source
  user = (derivation { name = "u"; system = "x86_64-linux"; builder = "/bin/sh"; drv = p; }).drvPath;
}
