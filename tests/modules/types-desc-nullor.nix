# nullOr descriptions: nouns and conjunctions stay bare, composites and clauses get parentheses.
{ lib }:
let
  inherit (lib) types;
  d = t: (types.nullOr t).description;
in
{
  noun = d types.bool;
  conjunction = d (types.either types.str types.path);
  nested = d (types.nullOr types.int);
  composite = d (types.listOf types.str);
  attrsOf = d (types.attrsOf types.int);
  nonRestrictive = d types.ints.unsigned;
  noClass = d types.attrs;
  submodule = d (types.submodule { });
  function = d (types.functionTo types.int);
  coerced = d (types.coercedTo types.int toString types.str);
  between = d (types.ints.between 1 10);
  port = d types.port;
  class = (types.nullOr types.int).descriptionClass;
}
