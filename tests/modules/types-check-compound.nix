# check of enums and compound types: only the head of the value is checked.
{ lib }:
let
  inherit (lib) types;
  c = t: map t.check;
in
{
  enum = c (types.enum [ "a" 1 true ]) [ "a" 1 true "b" 2 false null ];
  empty = c (types.enum [ ]) [ null "" ];
  one = c (types.enum [ false ]) [ false true ];
  nullOr = c (types.nullOr types.int) [ null 1 "1" ];
  listOf = c (types.listOf types.int) [ [ ] [ "not checked" ] { } ];
  nonEmpty = c (types.nonEmptyListOf types.int) [ [ ] [ 1 ] [ "x" ] ];
  attrsOf = c (types.attrsOf types.int) [ { } { a = "not checked"; } [ ] ];
  lazyAttrsOf = c (types.lazyAttrsOf types.int) [ { a = 1; } null ];
  either = c (types.either types.int types.str) [ 1 "a" true ];
  oneOf = c (types.oneOf [ types.bool types.path types.float ]) [ true "/x" 1.0 1 "x" ];
  coerced = c (types.coercedTo types.int toString types.str) [ 1 "1" true ];
  coercedFinalFails = c (types.coercedTo types.int toString (types.strMatching "[0-9]")) [ 5 10 "7" "77" ];
  functionTo = c (types.functionTo types.int) [ (x: x) 1 ];
  submodule = c (types.submodule { }) [ { } ({ ... }: { }) "/some/file.nix" ./. "relative" 1 ];
  deferred = c types.deferredModule [ { } (x: { }) "/m.nix" "m.nix" [ ] ];
  optionType = c types.optionType [ types.int { _type = "option-type"; } { } "int" ];
  uniq = c (types.uniq types.int) [ 1 "1" ];
  unique = c (types.unique { message = "m"; } types.str) [ "x" 1 ];
}
