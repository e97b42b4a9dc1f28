{
  int = [ (builtins.isInt 1) (builtins.isInt (-3)) (builtins.isInt 1.0) (builtins.isInt "1") (builtins.isInt (1 + 1)) (builtins.isInt (1 + 1.0)) ];
  float = [ (builtins.isFloat 1.0) (builtins.isFloat 1) (builtins.isFloat (2 * 0.5)) (builtins.isFloat (builtins.div 4 2)) (builtins.isFloat .5) ];
}
