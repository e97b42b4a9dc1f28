builtins.getContext (builtins.unsafeDiscardOutputDependency "${builtins.toFile "x" "y"}")
