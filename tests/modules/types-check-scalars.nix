# check of the integer, float, string, path and package types at their bounds and on wrong kinds.
{ lib }:
let
  inherit (lib) types;
  c = t: map t.check;
  drv = { type = "derivation"; name = "hello"; outPath = "/nix/store/00000000000000000000000000000000-hello"; };
in
{
  int = c types.int [ 0 (-5) 1.0 "1" true null ];
  unsigned = c types.ints.unsigned [ 0 1 (-1) 2.0 ];
  positive = c types.ints.positive [ 1 0 (-1) ];
  between = c (types.ints.between (-2) 2) [ (-3) (-2) 0 2 3 1.5 ];
  point = c (types.ints.between 5 5) [ 4 5 6 ];
  u8 = c types.ints.u8 [ 0 255 256 (-1) ];
  u16 = c types.ints.u16 [ 65535 65536 ];
  u32 = c types.ints.u32 [ 4294967295 4294967296 ];
  s8 = c types.ints.s8 [ (-128) (-129) 127 128 ];
  s16 = c types.ints.s16 [ (-32768) (-32769) 32767 32768 ];
  s32 = c types.ints.s32 [ (-2147483648) (-2147483649) 2147483647 2147483648 ];
  port = c types.port [ 0 22 65535 65536 (-1) ];
  float = c types.float [ 1.5 1 "1.5" ];
  number = c types.number [ 1 1.5 "1" ];
  numbersBetween = c (types.numbers.between 0 1) [ 0 0.5 1 1.01 (-0.1) ];
  nonnegative = c types.numbers.nonnegative [ 0 0.0 (-0.5) 3 ];
  numbersPositive = c types.numbers.positive [ 0 0.0 0.1 2 ];
  bool = c types.bool [ true false 0 "true" null ];
  str = c types.str [ "" "x" 1 ./. null ];
  nonEmptyStr = c types.nonEmptyStr [ "a" " a " "" " " "\t\n" "\n" ];
  singleLineStr = c types.singleLineStr [ "a" "a\n" "a\nb" "a\r" "" "\n" "a\n\n" ];
  strMatching = c (types.strMatching "[a-z]+") [ "abc" "ab1" "" 1 ];
  lines = c types.lines [ "a\nb" "" 1 ];
  envVar = c types.envVar [ "/bin:/usr/bin" [ "a" ] ];
  path = c types.path [ "/etc" "etc" "" ./. drv { outPath = "/x"; } 1 ];
  package = c types.package [ drv { type = "derivation"; } { name = "x"; } "hello" ];
  attrs = c types.attrs [ { } { a = 1; } [ ] drv ];
  raw = c types.raw [ null 1 (x: x) ];
  anything = c types.anything [ null [ ] { } (x: x) ];
  unspecified = c types.unspecified [ null 1 ];
}
