let p = ./foo; in [
  (./foo + "/bar")
  (./foo + "bar")
  (p + "/baz.nix")
  (./foo + "/../bar")
  (./foo + "/./x//y")
  (./. + "/z")
  (./foo + "/" + "a" + "/b")
]
