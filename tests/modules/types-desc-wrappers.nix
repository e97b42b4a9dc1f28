# nonEmptyListOf, uniq and unique descriptions (unique keeps the inner description and class).
{ lib }:
let
  inherit (lib) types;
  show = t: { inherit (t) name description; class = t.descriptionClass or null; };
in
{
  nonEmpty = show (types.nonEmptyListOf types.str);
  nonEmptyOfLists = show (types.nonEmptyListOf (types.listOf types.int));
  uniq = show (types.uniq (types.listOf types.int));
  unique = show (types.unique { message = "once"; } types.ints.unsigned);
}
