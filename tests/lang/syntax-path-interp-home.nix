let x = "f"; in [ ~/${x} ~/d/${x}.nix ./${"a b"} ]
