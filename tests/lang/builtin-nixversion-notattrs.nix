builtins.nixVersion.major
