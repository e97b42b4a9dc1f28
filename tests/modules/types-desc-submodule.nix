# submodule types have no description class, so wrapping types put them in parentheses.
{ lib }:
let
  inherit (lib) types;
  sub = types.submodule { };
  show = t: { inherit (t) name description; class = t.descriptionClass or null; };
in
{
  submodule = show sub;
  submoduleWith = show (types.submoduleWith { modules = [ ]; });
  described = show (types.submoduleWith { modules = [ ]; description = "web server"; });
  freeform = show (types.submodule { freeformType = types.attrsOf types.str; });
  listOf = (types.listOf sub).description;
  attrsOf = (types.attrsOf sub).description;
  lazyAttrsOf = (types.lazyAttrsOf sub).description;
  nullOr = (types.nullOr sub).description;
  eitherLeft = (types.either sub types.str).description;
  eitherRight = (types.either types.str sub).description;
  functionTo = (types.functionTo sub).description;
  coercedTo = (types.coercedTo types.str (x: { }) sub).description;
  freeformInList = (types.listOf (types.submodule { freeformType = types.lazyAttrsOf types.int; })).description;
  describedInAttrs = (types.attrsOf (types.submoduleWith { modules = [ ]; description = "web server"; })).description;
}
