{ lib, ... }:
let
  plain = lib.formats.keyValue { };
  duplicates = lib.formats.keyValue { listsAsDuplicateKeys = true; };
  joined = lib.formats.keyValue { listToValue = lib.concatStringsSep " "; };
  colon = lib.formats.keyValue { mkKeyValue = lib.generators.mkKeyValueDefault { } ": "; };
in
{
  options.plain = lib.mkOption { type = plain.type; default = { }; };
  options.duplicates = lib.mkOption { type = duplicates.type; default = { }; };
  options.joined = lib.mkOption { type = joined.type; default = { }; };
  options.colon = lib.mkOption { type = colon.type; default = { }; };
}
