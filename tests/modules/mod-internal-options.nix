# The built-in _module options: where their values come from and at what priority, with and without evalModules' check argument.
{ lib }:
let
  plain = lib.evalModules { modules = [ ]; };
  unchecked = lib.evalModules { modules = [ { _module.check = false; } ]; };
  legacy = lib.evalModules { check = false; args.extra = 1; modules = [ ({ extra, ... }: { _module.args.fromExtra = extra; }) ]; };
  show = o: { inherit (o) highestPrio files; };
in
{
  check = show plain.options._module.check;
  checkValue = plain._module.check;
  freeformType = show plain.options._module.freeformType;
  args = plain.options._module.args.files;
  specialArgs = show plain.options._module.specialArgs;
  uncheckedCheck = show unchecked.options._module.check;
  uncheckedValue = unchecked._module.check;
  legacyCheck = show legacy.options._module.check;
  legacyArgs = legacy.options._module.args.files;
  legacyExtra = legacy._module.args.fromExtra;
}
