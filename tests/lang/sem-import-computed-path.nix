[ (import (./sem-data + "/list.nix")) (import (./. + "/sem-data/value.nix")).b (let f = "fn.nix"; in import (./sem-data + "/${f}") { }) ]
