# The modules every host is evaluated with, before its own.
[
  ./misc/assertions.nix
]
