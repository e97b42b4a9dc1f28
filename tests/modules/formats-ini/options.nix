{ lib, ... }:
let
  plain = lib.formats.ini { };
  duplicates = lib.formats.ini { listsAsDuplicateKeys = true; atomsCoercedToLists = true; };
  joined = lib.formats.ini { listToValue = lib.concatMapStringsSep "," toString; };
  spaced = lib.formats.ini { mkKeyValue = lib.generators.mkKeyValueDefault { } " = "; };
in
{
  options.plain = lib.mkOption { type = plain.type; default = { }; };
  options.duplicates = lib.mkOption { type = duplicates.type; default = { }; };
  options.joined = lib.mkOption { type = joined.type; default = { }; };
  options.spaced = lib.mkOption { type = spaced.type; default = { }; };
}
