# The full library: stdlib's `lib` with the module system added, as
# nixpkgs' `lib` has it. This is what `import <nomix/lib>` gives and what
# modules receive as their `lib` argument.
#
#   lib.evalModules, lib.mkOption, lib.mkIf, lib.types.str, …
#   lib.modules, lib.options, lib.types: the same, by file
let
  base = import ../../stdlib/lib;
in
base.extend (final: prev:
  let
    properties = import ./properties.nix { lib = final; };
    options = import ./options.nix { lib = final; };
    evaluation = import ./modules.nix { lib = final; };
    renames = import ./renames.nix { lib = final; };
    types = import ./types.nix { lib = final; };
    modules = properties // evaluation // renames // {
      inherit (options) mergeOneOption mergeEqualOption mergeDefaultOption mergeUniqueOption;
    };
  in
  {
    inherit modules options types;
    formats = import ./formats.nix { lib = final; };
    inherit (types) isType setType isOptionType mkOptionType;
  }
  // properties
  // renames
  // {
    inherit (evaluation) evalModules mergeDefinitions;
  }
  // builtins.removeAttrs options [ "mkOptionType'" ])
