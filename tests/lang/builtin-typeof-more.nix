map builtins.typeOf [
  ~/x (dirOf ./x) ./builtin-data-misc/${"hash.txt"} (baseNameOf ./x)
  1.0e3 (-1.5) (1 + 0.0) (1 * 1) ''multi
  line'' (placeholder "out")
  __curPos (rec { a = 1; }) { outPath = "/x"; type = "derivation"; } ({ a = 1; } // { })
  [ (throw "element") ] { a = throw "attribute"; }
  (args@{ ... }: args) (builtins.sort) (builtins.sort builtins.lessThan)
  (builtins.length [ ]) (builtins.readDir ./builtin-data-misc/readdir)
]
