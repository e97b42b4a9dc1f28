# each group keeps the original order; names are sorted
builtins.groupBy (x: builtins.substring 0 1 x) [ "zeta" "beta" "zap" "alpha" "bravo" "zoo" "apple" ]
