let
  lib = import ../../stdlib/lib;
  check = import ./support/check.nix;
  f = final: { a = 1; b = final.a + 2; };
  inc = final: prev: { a = prev.a + 1; };
  double = final: prev: { a = prev.a * 2; };
  base = _: { a = 1; };
in
check [
  { name = "fix"; expr = lib.fix (self: { foo = "foo"; bar = "bar"; foobar = self.foo + self.bar; }); expected = { bar = "bar"; foo = "foo"; foobar = "foobar"; }; }
  { name = "fix-recursive-function"; expr = (lib.fix (self: { fact = n: if n == 0 then 1 else n * self.fact (n - 1); })).fact 5; expected = 120; }
  { name = "fix'"; expr = let r = lib.fix' (self: { a = 1; b = self.a + 1; }); in [ r.b (builtins.isFunction r.__unfix__) (r.__unfix__ { a = 10; }).b ]; expected = [ 2 true 11 ]; }
  { name = "converge"; expr = lib.converge (x: if x >= 16 then x else x * 2) 1; expected = 16; }
  { name = "converge-list"; expr = lib.converge (xs: lib.unique (xs ++ map (x: lib.mod (x * 3) 7) xs)) [ 1 ]; expected = [ 1 3 2 6 4 5 ]; }
  { name = "extends"; expr = lib.fix f; expected = { a = 1; b = 3; }; }
  { name = "extends-prev"; expr = lib.fix (lib.extends (final: prev: { a = prev.a + 10; }) f); expected = { a = 11; b = 13; }; }
  { name = "extends-final"; expr = lib.fix (lib.extends (final: prev: { b = final.a + 5; }) f); expected = { a = 1; b = 6; }; }
  { name = "extends-new"; expr = lib.fix (lib.extends (final: prev: { c = final.a + final.b; }) f); expected = { a = 1; b = 3; c = 4; }; }
  { name = "composeExtensions"; expr = lib.fix (lib.extends (lib.composeExtensions inc double) base); expected = { a = 4; }; }
  { name = "composeExtensions-order"; expr = lib.fix (lib.extends (lib.composeExtensions double inc) base); expected = { a = 3; }; }
  { name = "composeManyExtensions"; expr = [ (lib.fix (lib.extends (lib.composeManyExtensions [ inc double inc ]) base)) (lib.fix (lib.extends (lib.composeManyExtensions [ ]) base)) ]; expected = [ { a = 5; } { a = 1; } ]; }
  {
    name = "makeExtensible";
    expr =
      let
        obj = lib.makeExtensible (final: { a = 1; b = final.a + 1; });
        obj2 = obj.extend (final: prev: { a = 10; });
        obj3 = obj2.extend (final: prev: { c = prev.b * 2; });
      in
      [ obj.b obj2.b obj3.c obj3.a ];
    expected = [ 2 11 22 10 ];
  }
  {
    name = "makeExtensibleWithCustomName";
    expr =
      let obj = lib.makeExtensibleWithCustomName "extendWith" (final: { x = 1; y = final.x; });
      in [ (obj ? extend) ((obj.extendWith (final: prev: { x = 2; })).y) ];
    expected = [ false 2 ];
  }
  {
    name = "toExtension";
    expr = [
      (lib.fix (lib.extends (lib.fixedPoints.toExtension { a = 5; }) f))
      (lib.fix (lib.extends (lib.fixedPoints.toExtension (prev: { a = prev.a + 1; })) f))
      (lib.fix (lib.extends (lib.fixedPoints.toExtension (final: prev: { b = final.a * 10; })) f))
    ];
    expected = [ { a = 5; b = 7; } { a = 2; b = 4; } { a = 1; b = 10; } ];
  }
]
