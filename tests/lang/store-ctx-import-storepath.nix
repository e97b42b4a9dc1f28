# import of a store path that does not exist in the read-only store
import (builtins.toFile "x.nix" "1 + 1")
