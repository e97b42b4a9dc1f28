# What a module function receives directly (seen while collecting imports): specialArgs, but not the names from _module.args.
{ lib }:
(lib.evalModules {
  specialArgs.fromSpecial = "special";
  modules = [
    { options.seen = lib.mkOption { type = lib.types.attrsOf lib.types.bool; }; }
    { _module.args.fromModuleArgs = "module arg"; }
    (args: {
      imports = [
        { seen.fromSpecial = args ? fromSpecial; }
        { seen.fromModuleArgs = args ? fromModuleArgs; }
        { seen.config = args ? config; }
        { seen.options = args ? options; }
        { seen.lib = args ? lib; }
        { seen.specialArgs = args ? specialArgs; }
        { seen.name = args ? name; }
      ];
    })
    ({ fromModuleArgs, ... }: { seen.viaPattern = fromModuleArgs == "module arg"; })
  ];
}).config
