[ (import ./sem-data/fn.nix { }) (import ./sem-data/fn.nix { x = 5; }) (map (x: import ./sem-data/fn.nix { inherit x; }) [ 1 2 ]) ]
