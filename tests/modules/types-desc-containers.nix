# listOf, attrsOf, lazyAttrsOf and nullOr descriptions over element types of every description class.
{ lib }:
let
  inherit (lib) types;
  l = t: (types.listOf t).description;
  a = t: (types.attrsOf t).description;
  z = t: (types.lazyAttrsOf t).description;
  n = t: (types.nullOr t).description;
in
{
  listOf = {
    noun = l types.str;
    composite = l (types.listOf types.int);
    conjunction = l (types.either types.int types.str);
    nonRestrictive = l types.ints.unsigned;
    noClass = l types.attrs;
    nullOr = l (types.nullOr types.str);
    deferred = l types.deferredModule;
    package = l types.package;
    coerced = l (types.coercedTo types.int toString types.str);
    function = l (types.functionTo types.str);
    uniq = l (types.uniq types.int);
    lazyAttrs = l (types.lazyAttrsOf types.bool);
    class = (types.listOf types.str).descriptionClass;
    name = (types.listOf types.str).name;
    elemType = (types.listOf types.port).nestedTypes.elemType.description;
  };
  attrsOf = {
    noun = a types.int;
    composite = a (types.listOf types.str);
    nested = a (types.attrsOf (types.listOf types.path));
    conjunction = a (types.nullOr types.str);
    nonRestrictive = a types.ints.positive;
    noClass = a types.attrs;
    enum = a (types.enum [ "on" "off" ]);
    lazyNoun = z types.str;
    lazyConjunction = z (types.either types.str types.int);
    lazyOfAttrs = z (types.attrsOf types.bool);
    names = [ (types.attrsOf types.int).name (types.lazyAttrsOf types.int).name ];
    classes = [ (types.attrsOf types.int).descriptionClass (types.lazyAttrsOf types.int).descriptionClass ];
  };
  nullOr = {
    noun = n types.bool;
    conjunction = n (types.either types.str types.path);
    nested = n (types.nullOr types.int);
    composite = n (types.listOf types.str);
    attrsOf = n (types.attrsOf types.int);
    nonRestrictive = n types.ints.unsigned;
    noClass = n types.attrs;
    function = n (types.functionTo types.int);
    coerced = n (types.coercedTo types.int toString types.str);
    between = n (types.ints.between 1 10);
    port = n types.port;
    class = (types.nullOr types.int).descriptionClass;
  };
}
