# numbers.* descriptions, with integer and float bounds, and how they nest.
{ lib }:
let
  inherit (lib) types;
  show = t: { inherit (t) name description; class = t.descriptionClass or null; };
in
{
  betweenInts = show (types.numbers.between 0 10);
  betweenFloats = show (types.numbers.between 0.5 2.25);
  betweenNegative = show (types.numbers.between (-1) 1);
  nonnegative = show types.numbers.nonnegative;
  positive = show types.numbers.positive;
  nullOrNonnegative = (types.nullOr types.numbers.nonnegative).description;
  eitherPositive = (types.either types.numbers.positive types.str).description;
  listOfBetween = (types.listOf (types.numbers.between 1 2)).description;
}
