# The types of the formats: what they are called in documentation and
# errors, and which values they take (null only in JSON, INI and key=value
# files; lists in INI and key=value files only with listsAsDuplicateKeys or
# listToValue, and then only lists of atoms).
{ lib }:
let
  f = lib.formats;
  formats = {
    json = f.json { };
    toml = f.toml { };
    hcl = f.hcl { };
    ini = f.ini { };
    iniDuplicates = f.ini { listsAsDuplicateKeys = true; };
    iniCoerced = f.ini { listsAsDuplicateKeys = true; atomsCoercedToLists = true; };
    iniJoined = f.ini { listToValue = builtins.concatStringsSep ","; };
    keyValue = f.keyValue { };
    keyValueDuplicates = f.keyValue { listsAsDuplicateKeys = true; };
    keyValueJoined = f.keyValue { listToValue = builtins.concatStringsSep ","; };
  };
  samples = {
    int = 1;
    float = 1.5;
    string = "s";
    bool = true;
    null = null;
    path = ./formats-types.nix;
    list = [ 1 ];
    emptyList = [ ];
    set = { a = 1; };
    nested = { a = [ { b = null; } ]; };
    function = x: x;
  };
  # Which samples the type takes at the top level (sets of sections or
  # keys) and, for INI and key=value files, as a key's value.
  takes = check: builtins.attrNames (lib.filterAttrs (_: check) samples);
in
{
  descriptions = lib.mapAttrs (_: fmt: fmt.type.description) formats;
  topLevel = lib.mapAttrs (_: fmt: takes fmt.type.check) formats;
  keyValues = lib.mapAttrs (_: fmt: takes fmt.type.nestedTypes.elemType.check) {
    inherit (formats) keyValue keyValueDuplicates keyValueJoined;
  };
  iniKeyValues = lib.mapAttrs (_: fmt: takes fmt.lib.types.atom.check) {
    inherit (formats) ini iniDuplicates iniCoerced iniJoined;
  };
  names = lib.mapAttrs (_: fmt: fmt.type.name) formats;
}
