{
  map = map (x: x + 1) [ 1 ] == builtins.map (x: x + 1) [ 1 ];
  toString = toString 5 == builtins.toString 5;
  import = import ./builtin-data/fun.nix 1 == builtins.import ./builtin-data/fun.nix 1;
  isNull = [ (isNull null) (builtins.isNull null) ];
  removeAttrs = removeAttrs { a = 1; b = 2; } [ "a" ] == builtins.removeAttrs { a = 1; b = 2; } [ "a" ];
  throw = (builtins.tryEval (throw "t")).success == (builtins.tryEval (builtins.throw "t")).success;
}
