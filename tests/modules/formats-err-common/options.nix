# Options of each format's type, shared by the formats-err-* cases.
{ lib, ... }:
{
  options = {
    json = lib.mkOption { type = (lib.formats.json { }).type; default = { }; };
    toml = lib.mkOption { type = (lib.formats.toml { }).type; default = { }; };
    hcl = lib.mkOption { type = (lib.formats.hcl { }).type; default = { }; };
    ini = lib.mkOption { type = (lib.formats.ini { }).type; default = { }; };
    iniDuplicates = lib.mkOption { type = (lib.formats.ini { listsAsDuplicateKeys = true; }).type; default = { }; };
    keyValue = lib.mkOption { type = (lib.formats.keyValue { }).type; default = { }; };
    keyValueJoined = lib.mkOption { type = (lib.formats.keyValue { listToValue = toString; }).type; default = { }; };
  };
}
