# A read-only option is fine with only a default, or with one definition and no default.
{ lib }:
let
  eval = lib.evalModules {
    modules = [
      {
        options.version = lib.mkOption { type = lib.types.str; default = "1.0"; readOnly = true; };
        options.id = lib.mkOption { type = lib.types.int; readOnly = true; };
      }
      { id = 7; }
    ];
  };
in
{
  inherit (eval) config;
  versionReadOnly = eval.options.version.readOnly;
  idFiles = eval.options.id.files;
}
