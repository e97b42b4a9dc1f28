let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
  x = { a = { b = 3; }; };
in
check [
  { name = "attrByPath-found"; expr = lib.attrByPath [ "a" "b" ] 6 x; expected = 3; }
  { name = "attrByPath-missing"; expr = lib.attrByPath [ "z" "z" ] 6 x; expected = 6; }
  { name = "attrByPath-through-non-set"; expr = lib.attrByPath [ "a" "b" "c" ] 0 x; expected = 0; }
  { name = "attrByPath-empty-path"; expr = lib.attrByPath [ ] 0 x; expected = x; }
  { name = "attrByPath-name-with-dot"; expr = lib.attrByPath [ "example.com" "port" ] 0 { "example.com".port = 443; }; expected = 443; }
  { name = "hasAttrByPath-found"; expr = lib.hasAttrByPath [ "a" "b" ] x; expected = true; }
  { name = "hasAttrByPath-missing"; expr = lib.hasAttrByPath [ "z" "z" ] x; expected = false; }
  { name = "hasAttrByPath-empty-path"; expr = lib.hasAttrByPath [ ] (throw "not needed"); expected = true; }
  { name = "hasAttrByPath-null-value"; expr = lib.hasAttrByPath [ "a" ] { a = null; }; expected = true; }
  { name = "longestValidPathPrefix-partial"; expr = lib.attrsets.longestValidPathPrefix [ "a" "b" "c" ] x; expected = [ "a" "b" ]; }
  { name = "longestValidPathPrefix-whole"; expr = lib.attrsets.longestValidPathPrefix [ "a" ] x; expected = [ "a" ]; }
  { name = "longestValidPathPrefix-none"; expr = lib.attrsets.longestValidPathPrefix [ "z" "z" ] x; expected = [ ]; }
  { name = "longestValidPathPrefix-empty"; expr = lib.attrsets.longestValidPathPrefix [ ] (throw "not needed"); expected = [ ]; }
  { name = "setAttrByPath"; expr = lib.setAttrByPath [ "a" "b" ] 3; expected = { a = { b = 3; }; }; }
  { name = "setAttrByPath-empty"; expr = lib.setAttrByPath [ ] 3; expected = 3; }
  { name = "getAttrFromPath"; expr = lib.getAttrFromPath [ "a" "b" ] x; expected = 3; }
  { name = "getAttrFromPath-set"; expr = lib.getAttrFromPath [ "a" ] x; expected = { b = 3; }; }
  {
    name = "updateManyAttrsByPath";
    expr = lib.updateManyAttrsByPath [
      { path = [ "a" "b" ]; update = old: { d = old.c; }; }
      { path = [ "a" "b" "c" ]; update = old: old + 1; }
      { path = [ "x" "y" ]; update = old: "xy"; }
    ] { a.b.c = 0; };
    expected = { a = { b = { d = 1; }; }; x = { y = "xy"; }; };
  }
  {
    name = "updateManyAttrsByPath-same-path-in-order";
    expr = lib.updateManyAttrsByPath [
      { path = [ "n" ]; update = old: old * 10; }
      { path = [ "n" ]; update = old: old + 1; }
    ] { n = 2; m = 5; };
    expected = { n = 21; m = 5; };
  }
  { name = "updateManyAttrsByPath-root"; expr = lib.updateManyAttrsByPath [ { path = [ ]; update = old: old // { z = 1; }; } ] { a = 1; }; expected = { a = 1; z = 1; }; }
  { name = "updateManyAttrsByPath-missing-read"; expr = (builtins.tryEval (lib.updateManyAttrsByPath [ { path = [ "q" ]; update = old: old + 1; } ] { }).q).success; expected = false; }
  { name = "updateManyAttrsByPath-into-non-set"; expr = (builtins.tryEval (lib.updateManyAttrsByPath [ { path = [ "a" "b" ]; update = _: 1; } ] { a = 5; }).a).success; expected = false; }
  { name = "showAttrPath"; expr = lib.showAttrPath [ "foo" "10" "bar" ]; expected = "foo.\"10\".bar"; }
  { name = "showAttrPath-root"; expr = lib.showAttrPath [ ]; expected = "<root attribute path>"; }
]
