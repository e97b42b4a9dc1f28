# nonEmptyListOf, uniq, unique, submoduleWith and freeform submodule descriptions.
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
  submoduleWith = show (types.submoduleWith { modules = [ ]; });
  submoduleDescribed = show (types.submoduleWith { modules = [ ]; description = "web server"; });
  freeform = show (types.submodule { freeformType = types.attrsOf types.str; });
  freeformInList = (types.listOf (types.submodule { freeformType = types.lazyAttrsOf types.int; })).description;
}
