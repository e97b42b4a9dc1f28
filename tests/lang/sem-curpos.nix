[
  __curPos
    __curPos
  (import ./sem-data/pos.nix).p
]
