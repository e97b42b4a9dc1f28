[ (builtins.typeOf (builtins.toPath "/a")) (builtins.toPath /a/b) (builtins.typeOf (builtins.toPath /a/b))
  (builtins.toPath ./foo/../bar) (builtins.toPath { outPath = "/x/../y"; })
  (builtins.toPath "/a" + "/b") ]
