let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
in
check [
  { name = "nameValuePair"; expr = lib.nameValuePair "some" 6; expected = { name = "some"; value = 6; }; }
  { name = "mapAttrs"; expr = lib.mapAttrs (name: value: name + "-" + value) { x = "foo"; y = "bar"; }; expected = { x = "x-foo"; y = "y-bar"; }; }
  { name = "mapAttrs'"; expr = lib.mapAttrs' (name: value: lib.nameValuePair ("foo_" + name) ("bar-" + value)) { x = "a"; y = "b"; }; expected = { foo_x = "bar-a"; foo_y = "bar-b"; }; }
  { name = "attrsets.mapAttrs'"; expr = lib.attrsets.mapAttrs' (n: v: lib.nameValuePair v n) { a = "x"; }; expected = { x = "a"; }; }
  { name = "mapAttrsToList"; expr = lib.mapAttrsToList (name: value: name + value) { x = "a"; y = "b"; }; expected = [ "xa" "yb" ]; }
  { name = "mapAttrsToList-name-order"; expr = lib.mapAttrsToList (name: _: name) { b = 1; c = 2; a = 3; }; expected = [ "a" "b" "c" ]; }
  { name = "attrsToList"; expr = lib.attrsToList { foo = 1; bar = "asdf"; }; expected = [ { name = "bar"; value = "asdf"; } { name = "foo"; value = 1; } ]; }
  { name = "attrsToList-empty"; expr = lib.attrsToList { }; expected = [ ]; }
  {
    name = "mapAttrsRecursive";
    expr = lib.mapAttrsRecursive (path: value: builtins.concatStringsSep "-" (path ++ [ value ]))
      { n = { a = "A"; m = { b = "B"; c = "C"; }; }; d = "D"; };
    expected = { n = { a = "n-a-A"; m = { b = "n-m-b-B"; c = "n-m-c-C"; }; }; d = "d-D"; };
  }
  {
    name = "mapAttrsRecursiveCond";
    expr = lib.mapAttrsRecursiveCond (s: !(s ? stop)) (path: _: path) { a = { stop = 1; }; b = { c = 2; }; };
    expected = { a = [ "a" ]; b = { c = [ "b" "c" ]; }; };
  }
  {
    name = "concatMapAttrs";
    expr = lib.concatMapAttrs (name: value: { ${name} = value; ${name + value} = value; }) { x = "a"; y = "b"; };
    expected = { x = "a"; xa = "a"; y = "b"; yb = "b"; };
  }
  { name = "concatMapAttrs-later-wins"; expr = lib.concatMapAttrs (name: value: { k = name; }) { a = 1; b = 2; }; expected = { k = "b"; }; }
  { name = "genAttrs"; expr = lib.genAttrs [ "foo" "bar" ] (name: "x_" + name); expected = { foo = "x_foo"; bar = "x_bar"; }; }
  { name = "attrNames"; expr = lib.attrNames { b = 1; a = 2; }; expected = [ "a" "b" ]; }
  { name = "attrValues"; expr = lib.attrValues { c = 3; a = 1; b = 2; }; expected = [ 1 2 3 ]; }
  { name = "catAttrs"; expr = lib.catAttrs "a" [ { a = 1; } { b = 0; } { a = 2; } ]; expected = [ 1 2 ]; }
  { name = "listToAttrs"; expr = lib.listToAttrs [ (lib.nameValuePair "a" 1) ]; expected = { a = 1; }; }
  { name = "hasAttr-getAttr"; expr = [ (lib.hasAttr "a" { a = 1; }) (lib.getAttr "a" { a = 1; }) ]; expected = [ true 1 ]; }
  { name = "intersectAttrs-removeAttrs"; expr = [ (lib.intersectAttrs { a = 0; } { a = 1; b = 2; }) (lib.removeAttrs { a = 1; b = 2; } [ "a" ]) ]; expected = [ { a = 1; } { b = 2; } ]; }
  { name = "isAttrs"; expr = [ (lib.isAttrs { }) (lib.isAttrs [ ]) ]; expected = [ true false ]; }
]
