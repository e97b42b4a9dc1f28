# hex digest; the lengths around 55/56/64 and 111/112/128 bytes cross the
# padding and block boundaries
let
  h = builtins.hashString "sha256";
  long = builtins.concatStringsSep "" (builtins.genList (_: "abcdefghijklmnopqrstuvwxyz0123456789") 30);
  ofLength = n: builtins.substring 0 n long;
in
[ (h "") (h "abc") (h "The quick brown fox jumps over the lazy dog") (h "é€😀\n\t")
  (h "\${x}") ]
++ map (n: h (ofLength n)) [ 1 55 56 57 63 64 65 111 112 113 119 120 127 128 129 200 1000 ]
