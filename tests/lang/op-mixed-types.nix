[
  (builtins.typeOf (1 + 1))
  (builtins.typeOf (1 + 1.0))
  (builtins.typeOf (1.0 * 2))
  (builtins.typeOf (4 / 2))
  (builtins.typeOf (4 / 2.0))
  (builtins.typeOf (-1))
  (builtins.typeOf (-1.0))
  (builtins.typeOf ("a" + "b"))
  (builtins.typeOf ([ ] ++ [ ]))
  (builtins.typeOf ({ } // { }))
  (builtins.typeOf (1 == 1))
  (builtins.typeOf ({ } ? a))
]
