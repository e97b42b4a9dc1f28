let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
  fails = v: !(builtins.tryEval v).success;
in
check [
  { name = "throwIf-true"; expr = fails (lib.throwIf true "bad" 1); expected = true; }
  { name = "throwIf-false"; expr = lib.throwIf false "bad" 1; expected = 1; }
  { name = "throwIfNot-true"; expr = lib.throwIfNot true "bad" 1; expected = 1; }
  { name = "throwIfNot-false"; expr = fails (lib.throwIfNot false "bad" 1); expected = true; }
  { name = "warn"; expr = lib.warn "a warning from tests/lib" 5; expected = 5; }
  { name = "warnIf"; expr = [ (lib.warnIf false "not shown" 1) (lib.warnIf true "shown by tests/lib" 2) ]; expected = [ 1 2 ]; }
  { name = "warnIfNot"; expr = [ (lib.trivial.warnIfNot true "not shown" 1) (lib.trivial.warnIfNot false "shown by tests/lib" 2) ]; expected = [ 1 2 ]; }
  { name = "info"; expr = lib.info "information from tests/lib" "value"; expected = "value"; }
  { name = "showWarnings"; expr = lib.showWarnings [ "first warning" "second warning" ] { a = 1; }; expected = { a = 1; }; }
  { name = "checkListOfEnum-ok"; expr = lib.checkListOfEnum "color" [ "red" "green" ] [ "red" "red" ] "fine"; expected = "fine"; }
  { name = "checkListOfEnum-empty"; expr = lib.checkListOfEnum "color" [ "red" ] [ ] "fine"; expected = "fine"; }
  { name = "checkListOfEnum-bad"; expr = fails (lib.checkListOfEnum "color" [ "red" "green" ] [ "red" "blue" ] "fine"); expected = true; }
  { name = "toBaseDigits-base"; expr = fails (lib.toBaseDigits 1 5); expected = true; }
  { name = "toBaseDigits-negative"; expr = fails (lib.toBaseDigits 2 (-1)); expected = true; }
  { name = "fromHexString-bad"; expr = fails (lib.fromHexString "0xZZ"); expected = true; }
]
