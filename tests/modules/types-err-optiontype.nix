# two optionType definitions that do not merge (str and int) are an error naming both files.
{ lib }:
(lib.evalModules {
  modules = [ ./types-err-optiontype/opt.nix ./types-err-optiontype/a.nix ./types-err-optiontype/b.nix ];
}).config.kind.description
