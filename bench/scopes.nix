# let-heavy and with-heavy code: variable lookup through nested `let`, `with`
# and `rec` scopes, evaluated 100,000 times.
let
  cfg = { x = 3; y = 5; z = 7; scale = 2; };
  lib = rec {
    double = v: v * 2;
    inc = v: v + 1;
    compose = f: g: v: f (g v);
    doubleInc = compose double inc;
  };
  step = i:
    with cfg;
    with lib;
    let
      a = i + x;
      b = a * y;
      c = let d = b - z; e = d + a; in e * scale;
      r = rec { p = c + q; q = doubleInc a; s = p + q; };
    in
    with r;
    let t = s + inc p; in t - double q;
in
builtins.foldl' (acc: i: acc + step i) 0 (builtins.genList (i: i) 100000)
