# Descriptions of enums: empty, one value (string, int, bool), several mixed.
{ lib }:
let
  inherit (lib) types;
  show = t: { inherit (t) name description; class = t.descriptionClass or null; };
in
{
  empty = show (types.enum [ ]);
  oneString = show (types.enum [ "only" ]);
  oneInt = show (types.enum [ 42 ]);
  oneBool = show (types.enum [ false ]);
  two = show (types.enum [ "a" "b" ]);
  mixed = show (types.enum [ "a" 1 true null ]);
  ints = show (types.enum [ 1 2 3 ]);
  bools = show (types.enum [ true false ]);
  inList = (types.listOf (types.enum [ "x" "y" ])).description;
  singleInList = (types.listOf (types.enum [ "x" ])).description;
  emptyInNull = (types.nullOr (types.enum [ ])).description;
  twoInNull = (types.nullOr (types.enum [ "x" "y" ])).description;
}
