# mapAttrs / filter / map pipelines over a 20,000-entry "package set" built as
# a fixed point with overlays (as in nixpkgs), then aggregated.
let
  mod = a: b: a - (a / b) * b;
  n = 20000;

  basePkgs = self: builtins.listToAttrs (builtins.genList (i: {
    name = "pkg${toString i}";
    value = {
      pname = "pkg${toString i}";
      version = "1.${toString (mod i 10)}";
      size = mod (i * 7919) 1000;
      deps = if i < 2 then [ ] else [ "pkg${toString (i / 2)}" "pkg${toString (i - 1)}" ];
      broken = mod i 13 == 0;
    };
  }) n);

  overlay1 = self: super: builtins.mapAttrs (name: p: p // {
    size = p.size + 1;
    meta.description = "package ${p.pname} version ${p.version}";
  }) super;

  overlay2 = self: super: builtins.mapAttrs (name: p:
    if p.broken then p // { deps = [ ]; } else p) super;

  fix = f: let x = f x; in x;
  extends = overlay: f: self: let super = f self; in super // overlay self super;
  pkgs = fix (extends overlay2 (extends overlay1 basePkgs));

  working = builtins.filter (p: !p.broken) (builtins.attrValues pkgs);
  depCounts = map (p: builtins.length (builtins.filter (d: pkgs.${d}.size > 500) p.deps)) working;
  descLen = map (p: builtins.stringLength p.meta.description) working;
  sum = builtins.foldl' builtins.add 0;
  byVersion = builtins.mapAttrs (v: ps: builtins.length ps)
    (builtins.foldl' (acc: p: acc // {
      ${p.version} = (if acc ? ${p.version} then acc.${p.version} else [ ]) ++ [ p.pname ];
    }) { } (builtins.genList (i: pkgs."pkg${toString (i * 10)}") (n / 10)));
in
builtins.length working + sum depCounts + sum descLen
  + sum (builtins.attrValues byVersion)
