# either/oneOf descriptions: which side gets parentheses, and the clause-first form.
{ lib }:
let
  inherit (lib) types;
  d = t1: t2: (types.either t1 t2).description;
in
{
  nouns = d types.int types.str;
  leftComposite = d (types.listOf types.str) types.str;
  rightComposite = d types.str (types.listOf types.str);
  leftConjunction = d (types.either types.int types.bool) types.str;
  rightConjunction = d types.str (types.either types.int types.bool);
  leftClause = d types.ints.unsigned types.str;
  leftClauseRightComposite = d types.ints.positive (types.listOf types.str);
  rightClause = d types.str types.ints.unsigned;
  noClass = d types.attrs types.attrs;
  nullOr = d (types.nullOr types.int) types.str;
  oneOf = (types.oneOf [ types.int types.str (types.listOf types.int) types.bool ]).description;
  oneOfSingle = (types.oneOf [ types.path ]).description;
  number = types.number.description;
  class = (types.either types.int types.str).descriptionClass;
}
