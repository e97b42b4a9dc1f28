let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
in
check [
  # Combinators
  { name = "id"; expr = lib.id 5; expected = 5; }
  { name = "const"; expr = let f = lib.const 5; in f 10; expected = 5; }
  { name = "flip"; expr = lib.flip lib.concat [ 1 ] [ 2 ]; expected = [ 2 1 ]; }
  { name = "pipe"; expr = lib.pipe 2 [ (x: x + 2) (x: x * 2) ]; expected = 8; }
  { name = "pipe-order"; expr = lib.pipe "a" [ (s: s + "b") (s: s + "c") ]; expected = "abc"; }
  { name = "pipe-empty"; expr = lib.pipe 7 [ ]; expected = 7; }
  { name = "mapNullable-null"; expr = lib.mapNullable (x: x + 1) null; expected = null; }
  { name = "mapNullable-value"; expr = lib.mapNullable (x: x + 1) 22; expected = 23; }
  { name = "defaultTo-null"; expr = lib.defaultTo "default" null; expected = "default"; }
  { name = "defaultTo-value"; expr = lib.defaultTo "default" "foo"; expected = "foo"; }
  { name = "defaultTo-false"; expr = lib.defaultTo "default" false; expected = false; }

  # Operators as functions
  { name = "concat"; expr = lib.concat [ 1 2 ] [ 3 ]; expected = [ 1 2 3 ]; }
  { name = "or"; expr = [ (lib.or true false) (lib.or false false) ]; expected = [ true false ]; }
  { name = "and"; expr = [ (lib.and true true) (lib.and true false) ]; expected = [ true false ]; }
  { name = "xor"; expr = map (p: lib.xor p.a p.b) [ { a = true; b = true; } { a = true; b = false; } { a = false; b = true; } { a = false; b = false; } ]; expected = [ false true true false ]; }
  { name = "bitAnd"; expr = lib.bitAnd 3 5; expected = 1; }
  { name = "bitOr"; expr = lib.bitOr 3 5; expected = 7; }
  { name = "bitXor"; expr = lib.bitXor 3 5; expected = 6; }
  { name = "bitNot"; expr = [ (lib.bitNot 0) (lib.bitNot 5) (lib.bitNot (-1)) ]; expected = [ (-1) (-6) 0 ]; }
  { name = "mergeAttrs"; expr = lib.mergeAttrs { a = 1; b = 2; } { b = 3; c = 4; }; expected = { a = 1; b = 3; c = 4; }; }
  { name = "oldestSupportedReleaseIsAtLeast"; expr = map lib.oldestSupportedReleaseIsAtLeast [ 1803 2505 2511 ]; expected = [ true true false ]; }
  { name = "isInOldestRelease"; expr = lib.trivial.isInOldestRelease 2411; expected = true; }
  { name = "boolToString"; expr = [ (lib.boolToString true) (lib.boolToString false) ]; expected = [ "true" "false" ]; }
  { name = "boolToYesNo"; expr = [ (lib.trivial.boolToYesNo true) (lib.trivial.boolToYesNo false) ]; expected = [ "yes" "no" ]; }

  # Numbers
  { name = "min"; expr = [ (lib.min 1 2) (lib.min 3 (-4)) (lib.min "b" "a") ]; expected = [ 1 (-4) "a" ]; }
  { name = "max"; expr = [ (lib.max 1 2) (lib.max 3 (-4)) (lib.max "b" "a") ]; expected = [ 2 3 "b" ]; }
  { name = "mod"; expr = [ (lib.mod 11 10) (lib.mod 1 10) (lib.mod 20 5) ]; expected = [ 1 1 0 ]; }
  { name = "mod-negative"; expr = [ (lib.mod (-11) 4) (lib.mod 11 (-4)) ]; expected = [ (-3) 3 ]; }
  { name = "compare"; expr = [ (lib.compare 1 2) (lib.compare 2 2) (lib.compare "b" "a") ]; expected = [ (-1) 0 1 ]; }
  {
    name = "splitByAndCompare";
    expr =
      let cmp = lib.splitByAndCompare (lib.hasPrefix "foo") lib.compare lib.compare; in
      [ (cmp "a" "foo.a") (cmp "foo.a" "a") (cmp "a" "b") (cmp "fooa" "fooz") (cmp "f" "a") ];
    expected = [ 1 (-1) (-1) (-1) 1 ];
  }
  { name = "toBaseDigits"; expr = [ (lib.toBaseDigits 10 123) (lib.toBaseDigits 2 6) (lib.toBaseDigits 16 255) (lib.toBaseDigits 2 0) ]; expected = [ [ 1 2 3 ] [ 1 1 0 ] [ 15 15 ] [ 0 ] ]; }
  { name = "toHexString"; expr = [ (lib.toHexString 250) (lib.toHexString 0) (lib.toHexString 4095) (lib.toHexString 16) ]; expected = [ "FA" "0" "FFF" "10" ]; }
  { name = "fromHexString"; expr = [ (lib.fromHexString "FF") (lib.fromHexString "0x7fffffffffffffff") (lib.fromHexString "ff") (lib.fromHexString "0") ]; expected = [ 255 9223372036854775807 255 0 ]; }

  # Builtins offered from lib.trivial
  { name = "add-sub"; expr = [ (lib.add 1 2) (lib.sub 5 7) ]; expected = [ 3 (-2) ]; }
  { name = "lessThan"; expr = [ (lib.lessThan 1 2) (lib.lessThan 2 1) ]; expected = [ true false ]; }
  { name = "isInt-isBool-isFloat"; expr = [ (lib.isInt 1) (lib.isBool false) (lib.trivial.isFloat 1.5) (lib.isInt 1.5) ]; expected = [ true true true false ]; }
  { name = "seq"; expr = lib.seq 1 2; expected = 2; }
  { name = "deepSeq"; expr = lib.deepSeq [ 1 { a = 2; } ] "ok"; expected = "ok"; }
  { name = "pathExists"; expr = [ (lib.pathExists ./data/hello.txt) (lib.pathExists ./data/missing.txt) ]; expected = [ true false ]; }
  { name = "readFile"; expr = lib.readFile ./data/hello.txt; expected = "hello world\n"; }

  # Files
  { name = "importJSON"; expr = lib.importJSON ./data/service.json; expected = { name = "web"; ports = [ 80 443 ]; tls = true; }; }
  { name = "importTOML"; expr = lib.importTOML ./data/service.toml; expected = { name = "web"; limits = { cpu = 2; }; }; }

  # Environment
  { name = "inNixShell"; expr = lib.inNixShell; expected = false; }
  { name = "inPureEvalMode"; expr = builtins.isBool lib.inPureEvalMode; expected = true; }

  # Functions
  { name = "isFunction"; expr = map lib.isFunction [ (x: x) { __functor = self: x: x; } { } 1 "f" ]; expected = [ true true false false false ]; }
  { name = "functionArgs"; expr = lib.functionArgs ({ a, b ? 1 }: a); expected = { a = false; b = true; }; }
  { name = "functionArgs-plain"; expr = lib.functionArgs (x: x); expected = { }; }
  { name = "functionArgs-functor"; expr = lib.functionArgs { __functor = self: { c ? 2 }: c; }; expected = { c = true; }; }
  { name = "setFunctionArgs"; expr = let f = lib.setFunctionArgs (args: args.a * 2) { a = false; }; in [ (lib.functionArgs f) (f { a = 3; }) ]; expected = [ { a = false; } 6 ]; }
  { name = "mirrorFunctionArgs"; expr = lib.functionArgs (lib.mirrorFunctionArgs ({ x, y ? 1 }: x) (args: args.x)); expected = { x = false; y = true; }; }
  { name = "toFunction"; expr = [ (lib.toFunction 5 "ignored") (lib.toFunction (x: x + 1) 1) ]; expected = [ 5 2 ]; }
]
