[ (builtins.typeOf builtins.nixVersion) __nixVersion
  (builtins.compareVersions builtins.nixVersion "2.8") (builtins.splitVersion builtins.nixVersion) ]
