# attrsOf and lazyAttrsOf descriptions over nouns, composites, conjunctions and others.
{ lib }:
let
  inherit (lib) types;
  a = t: (types.attrsOf t).description;
  l = t: (types.lazyAttrsOf t).description;
in
{
  noun = a types.int;
  composite = a (types.listOf types.str);
  nested = a (types.attrsOf (types.listOf types.path));
  conjunction = a (types.nullOr types.str);
  nonRestrictive = a types.ints.positive;
  noClass = a types.attrs;
  submodule = a (types.submodule { });
  enum = a (types.enum [ "on" "off" ]);
  lazyNoun = l types.str;
  lazyConjunction = l (types.either types.str types.int);
  lazyOfAttrs = l (types.attrsOf types.bool);
  names = [ (types.attrsOf types.int).name (types.lazyAttrsOf types.int).name ];
  classes = [ (types.attrsOf types.int).descriptionClass (types.lazyAttrsOf types.int).descriptionClass ];
}
