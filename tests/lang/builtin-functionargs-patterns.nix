# true for attributes with a default, false for required ones
[ (builtins.functionArgs ({ a, b ? 1 }: a))
  (builtins.functionArgs ({ }: 1))
  (builtins.functionArgs ({ ... }: 1))
  (builtins.functionArgs ({ z, y ? throw "default not evaluated", x, ... }: 1))
  (builtins.functionArgs (args@{ a ? 1, b ? 2 }: args))
  (builtins.functionArgs ({ a }@args: args)) ]
