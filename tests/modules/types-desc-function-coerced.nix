# functionTo and coercedTo descriptions around nouns, composites, conjunctions and clauses.
{ lib }:
let
  inherit (lib) types;
  f = t: (types.functionTo t).description;
  c = from: to: (types.coercedTo from (x: x) to).description;
in
{
  fNoun = f types.str;
  fComposite = f (types.listOf types.str);
  fConjunction = f (types.nullOr types.int);
  fFunction = f (types.functionTo types.bool);
  fClass = (types.functionTo types.str).descriptionClass;
  cNouns = c types.int types.str;
  cComposite = c types.str (types.listOf types.str);
  cConjunction = c (types.either types.int types.bool) types.str;
  cClause = c types.ints.unsigned types.str;
  cClass = (types.coercedTo types.int toString types.str).descriptionClass or null;
  inList = (types.listOf (types.coercedTo types.int toString types.str)).description;
}
