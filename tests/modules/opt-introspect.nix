# What `options.<path>' tells: isDefined, value, files, definitions, definitionsWithLocations, declarations, type.description, loc.
{ lib }:
let
  eval = lib.evalModules { modules = [ ./opt-introspect/decl.nix ./opt-introspect/a.nix ./opt-introspect/b.nix ]; };
  o = eval.options.services.db;
  show = opt: {
    inherit (opt) isDefined files definitions definitionsWithLocations declarations loc;
    type = opt.type.description;
  };
in
{
  port = show o.port // { inherit (o.port) value; };
  extensions = show o.extensions // { inherit (o.extensions) value; };
  users = removeAttrs (show o.users) [ "type" ] // { inherit (o.users) value; };
  name = show o.name;
}
