# Descriptions, names and description classes of the scalar and leaf types.
{ lib }:
let
  inherit (lib) types;
  show = t: { inherit (t) name description; class = t.descriptionClass or null; };
in
lib.mapAttrs (_: show) {
  inherit (types) bool int port float number str nonEmptyStr singleLineStr
    lines commas envVar path package attrs anything raw unspecified
    optionType deferredModule;
  unsigned = types.ints.unsigned;
  positive = types.ints.positive;
  between = types.ints.between (-3) 7;
  u8 = types.ints.u8;
  u16 = types.ints.u16;
  u32 = types.ints.u32;
  s8 = types.ints.s8;
  s16 = types.ints.s16;
  s32 = types.ints.s32;
  numbersBetween = types.numbers.between 0 100;
  spaces = types.separatedString " ";
  concatenated = types.separatedString "";
  strMatching = types.strMatching "[a-z]+[0-9]*";
}
