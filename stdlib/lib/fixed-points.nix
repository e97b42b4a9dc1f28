# Fixed points and extensible sets (overlays).
{ lib }:

rec {
  # The value `x` with `x == f x`, found lazily: `f` receives its own result.
  fix = f: let x = f x; in x;

  # Like fix, and the result remembers `f` as `__unfix__`.
  fix' = f: let x = f x // { __unfix__ = f; }; in x;

  # Applies `f` again and again from `x` until the value no longer changes.
  converge = f: x: let next = f x; in if next == x then x else converge f next;

  # The function `final: …` that layers `overlay` (a `final: prev: { … }`)
  # over the set made by `f` (a `final: { … }`).
  extends = overlay: f: final:
    let prev = f final; in prev // overlay final prev;

  # One overlay doing what overlay `f` then overlay `g` do.
  composeExtensions = f: g: final: prev:
    let
      fromF = f final prev;
      fromG = g final (prev // fromF);
    in
    fromF // fromG;

  # One overlay doing what the overlays of the list do, in order.
  composeManyExtensions =
    lib.lists.foldr composeExtensions (final: prev: { });

  # The fixed point of `rattrs` (a `final: { … }`), with an `extend`
  # function that takes an overlay and gives the extended fixed point.
  makeExtensible = makeExtensibleWithCustomName "extend";

  # Like makeExtensible, naming the extending function `name`.
  makeExtensibleWithCustomName = name: rattrs:
    fix' (final: rattrs final // {
      ${name} = overlay: makeExtensibleWithCustomName name (extends overlay rattrs);
    });

  # An overlay made from `v`: an overlay as it is, a function of `prev`
  # (`prev: { … }`), or a plain set that is merged in.
  toExtension = v:
    if lib.trivial.isFunction v then
      final: prev:
        let once = v prev; in
        if lib.trivial.isFunction once then v final prev else once
    else final: prev: v;
}
