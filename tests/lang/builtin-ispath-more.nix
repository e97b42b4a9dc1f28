[ (builtins.isPath ./.) (builtins.isPath ~/x) (builtins.isPath (dirOf ./x))
  (builtins.isPath (baseNameOf ./x)) (builtins.isPath ./builtin-data-misc/${"hash.txt"})
  (builtins.isPath (./builtin-data-misc + "/hash.txt")) (builtins.isPath ("" + ./.))
  (builtins.isPath { outPath = ./.; }) (builtins.isPath [ ./. ]) (builtins.isPath (x: ./.)) ]
