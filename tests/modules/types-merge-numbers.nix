# bool, the integer types, float and number accept equal definitions from several modules.
{ lib }:
let
  inherit (lib) mkOption types;
  opts = {
    options = {
      flag = mkOption { type = types.bool; };
      off = mkOption { type = types.bool; default = true; };
      i = mkOption { type = types.int; };
      u = mkOption { type = types.ints.unsigned; };
      p = mkOption { type = types.ints.positive; };
      b = mkOption { type = types.ints.between (-10) 10; };
      u8 = mkOption { type = types.ints.u8; };
      u16 = mkOption { type = types.ints.u16; };
      u32 = mkOption { type = types.ints.u32; };
      s8 = mkOption { type = types.ints.s8; };
      s16 = mkOption { type = types.ints.s16; };
      s32 = mkOption { type = types.ints.s32; };
      port = mkOption { type = types.port; default = 80; };
      f = mkOption { type = types.float; };
      n = mkOption { type = types.number; };
      m = mkOption { type = types.number; };
      nb = mkOption { type = types.numbers.between 0 1; };
      nn = mkOption { type = types.numbers.nonnegative; };
      np = mkOption { type = types.numbers.positive; };
    };
  };
  one = {
    flag = true; off = false; i = -7; u = 0; p = 3; b = -10; u8 = 255;
    u16 = 443; u32 = 4294967295; s8 = -128; s16 = 32767; s32 = -2147483648;
    f = 0.25; n = 3; m = 1.5; nb = 0.5;
  };
in
(lib.evalModules {
  modules = [
    opts one one
    { flag = lib.mkDefault false; port = 8080; nn = 0; np = 2.5; }
    { port = 8080; i = -7; }
  ];
}).config
