# mkOrder combined with overrides: mkForce around mkBefore keeps the order among the forced; unforced ordered ones drop out.
{ lib }:
let
  inherit (lib) mkOption mkBefore mkAfter mkForce mkDefault types;
in
(lib.evalModules {
  modules = [
    {
      options.forced = mkOption { type = types.listOf types.int; };
      options.defaults = mkOption { type = types.listOf types.int; };
      options.text = mkOption { type = types.lines; };
    }
    {
      forced = mkForce (mkAfter [ 3 ]);
      defaults = mkDefault (mkAfter [ 3 ]);
      text = mkForce (mkAfter "forced after");
    }
    {
      forced = mkBefore [ 0 ];
      defaults = mkDefault [ 2 ];
      text = mkBefore "plain before";
    }
    {
      forced = mkForce (mkBefore [ 1 ]);
      defaults = mkDefault (mkBefore [ 1 ]);
      text = mkForce "forced";
    }
    { forced = mkForce [ 2 ]; }
  ];
}).config
