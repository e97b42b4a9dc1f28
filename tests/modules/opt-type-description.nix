# `options.<path>.type.description' for common types, as declared.
{ lib }:
let
  t = lib.types;
  types = {
    a = t.str; b = t.nullOr t.int; c = t.listOf (t.attrsOf t.bool); d = t.enum [ "x" "y" 1 ];
    e = t.either t.int t.str; f = t.submodule { }; g = t.attrsOf (t.submodule { }); h = t.ints.between 1 5;
    i = t.lines; j = t.package; k = t.oneOf [ t.int t.str t.path ]; l = t.uniq (t.listOf t.int);
    m = t.functionTo t.int; n = t.coercedTo t.int toString t.str; o = t.nonEmptyListOf t.str; p = t.port;
  };
  eval = lib.evalModules { modules = [ { options = lib.mapAttrs (_: type: lib.mkOption { inherit type; }) types; } ]; };
in
lib.mapAttrs (_: o: o.type.description) (removeAttrs eval.options [ "_module" ])
