# a name must not carry a context
derivation { name = "x-${./store-data/hello.txt}"; system = "x86_64-linux"; builder = "/bin/sh"; }
