# Modules with the same `key' count once (the first one met); inline modules without a key count every time they appear.
{ lib }:
let
  anonymous = { seen = [ "anonymous" ]; };
in
(lib.evalModules {
  modules = [
    { options.seen = lib.mkOption { type = lib.types.listOf lib.types.str; }; }
    { key = "tools"; seen = [ "tools 1" ]; }
    anonymous
    { key = "tools"; seen = [ "tools 2" ]; }
    anonymous
    ({ ... }: { key = "fn"; seen = [ "fn 1" ]; })
    { imports = [ { key = "tools"; seen = [ "tools 3" ]; } anonymous ({ ... }: { key = "fn"; seen = [ "fn 2" ]; }) ]; }
  ];
}).config
