let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
  pkg = { type = "derivation"; name = "hello-2.10"; out = "OUT"; bin = "BIN"; dev = "DEV"; lib = "LIB"; man = "MAN"; };
  onlyOut = { type = "derivation"; name = "tiny-1.0"; out = "TINY"; };
  chosen = pkg // { outputSpecified = true; };
in
check [
  { name = "isDerivation"; expr = map lib.isDerivation [ pkg { type = "other"; } { } "drv" ]; expected = [ true false false false ]; }
  { name = "getOutput"; expr = [ (lib.getOutput "dev" pkg) (lib.getOutput "doc" pkg) ]; expected = [ "DEV" "OUT" ]; }
  { name = "getOutput-outputSpecified"; expr = (lib.getOutput "dev" chosen).outputSpecified; expected = true; }
  { name = "getOutput-plain"; expr = [ (lib.getOutput "bin" "/usr") (lib.getOutput "bin" { name = "x"; }) ]; expected = [ "/usr" { name = "x"; } ]; }
  { name = "getBin"; expr = [ (lib.getBin pkg) (lib.getBin onlyOut) ]; expected = [ "BIN" "TINY" ]; }
  { name = "getLib"; expr = lib.getLib pkg; expected = "LIB"; }
  { name = "getDev"; expr = lib.getDev pkg; expected = "DEV"; }
  { name = "getMan"; expr = lib.getMan pkg; expected = "MAN"; }
  { name = "chooseDevOutputs"; expr = lib.chooseDevOutputs [ pkg onlyOut ]; expected = [ "DEV" "TINY" ]; }
  { name = "recurseIntoAttrs"; expr = lib.recurseIntoAttrs { a = 1; }; expected = { a = 1; recurseForDerivations = true; }; }
  { name = "dontRecurseIntoAttrs"; expr = lib.dontRecurseIntoAttrs { a = 1; }; expected = { a = 1; recurseForDerivations = false; }; }
]
