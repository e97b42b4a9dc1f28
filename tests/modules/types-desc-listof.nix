# listOf wraps element types of every description class, parenthesising only some.
{ lib }:
let
  inherit (lib) types;
  d = t: (types.listOf t).description;
in
{
  noun = d types.str;
  composite = d (types.listOf types.int);
  conjunction = d (types.either types.int types.str);
  nonRestrictive = d types.ints.unsigned;
  noClass = d types.attrs;
  nullOr = d (types.nullOr types.str);
  submodule = d (types.submodule { });
  deferred = d types.deferredModule;
  package = d types.package;
  coerced = d (types.coercedTo types.int toString types.str);
  function = d (types.functionTo types.str);
  uniq = d (types.uniq types.int);
  lazyAttrs = d (types.lazyAttrsOf types.bool);
  class = (types.listOf types.str).descriptionClass;
  name = (types.listOf types.str).name;
  elemType = (types.listOf types.port).nestedTypes.elemType.description;
}
