let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
in
check [
  {
    name = "recursiveUpdate";
    expr = lib.recursiveUpdate
      { boot.loader.grub.enable = true; boot.loader.grub.device = "/dev/hda"; }
      { boot.loader.grub.device = ""; };
    expected = { boot.loader.grub.enable = true; boot.loader.grub.device = ""; };
  }
  { name = "recursiveUpdate-replace-non-set"; expr = lib.recursiveUpdate { a = { b = 1; }; c = 1; } { a = 2; c = { d = 3; }; }; expected = { a = 2; c = { d = 3; }; }; }
  { name = "recursiveUpdate-lists-replaced"; expr = lib.recursiveUpdate { a = [ 1 ]; } { a = [ 2 ]; }; expected = { a = [ 2 ]; }; }
  {
    name = "recursiveUpdateUntil";
    expr = lib.recursiveUpdateUntil (path: l: r: path == [ "foo" ])
      { foo.bar = 1; foo.baz = 2; bar = 3; }
      { foo.bar = 1; foo.quz = 2; baz = 4; };
    expected = { foo.bar = 1; foo.quz = 2; bar = 3; baz = 4; };
  }
  { name = "mergeAttrsList"; expr = lib.mergeAttrsList [ { a = 0; b = 1; } { c = 2; d = 3; } ]; expected = { a = 0; b = 1; c = 2; d = 3; }; }
  { name = "mergeAttrsList-later-wins"; expr = lib.mergeAttrsList [ { a = 0; } { a = 1; } ]; expected = { a = 1; }; }
  { name = "mergeAttrsList-many"; expr = lib.mergeAttrsList (map (i: { x = i; "k${toString i}" = i; }) (lib.range 1 5)); expected = { x = 5; k1 = 1; k2 = 2; k3 = 3; k4 = 4; k5 = 5; }; }
  { name = "mergeAttrsList-empty"; expr = lib.mergeAttrsList [ ]; expected = { }; }
  { name = "zipAttrsWithNames"; expr = lib.zipAttrsWithNames [ "a" ] (name: vs: vs) [ { a = "x"; } { a = "y"; b = "z"; } ]; expected = { a = [ "x" "y" ]; }; }
  { name = "zipAttrsWith"; expr = lib.zipAttrsWith (name: values: values) [ { a = "x"; } { a = "y"; b = "z"; } ]; expected = { a = [ "x" "y" ]; b = [ "z" ]; }; }
  { name = "zipAttrsWith-name"; expr = lib.zipAttrsWith (name: values: name + toString (builtins.length values)) [ { a = 1; } { a = 2; b = 3; } ]; expected = { a = "a2"; b = "b1"; }; }
  { name = "zipAttrs"; expr = lib.zipAttrs [ { a = "x"; } { a = "y"; b = "z"; } ]; expected = { a = [ "x" "y" ]; b = [ "z" ]; }; }
  { name = "zip-zipWithNames"; expr = [ (lib.zip (n: vs: vs) [ { a = 1; } { a = 2; } ]) (lib.zipWithNames [ "b" ] (n: vs: vs) [ { a = 1; b = 2; } ]) ]; expected = [ { a = [ 1 2 ]; } { b = [ 2 ]; } ]; }
]
