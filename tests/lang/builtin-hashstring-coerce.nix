# interpolated and computed strings hash like literals
let x = "b"; in
[ (builtins.hashString "sha256" "a${x}c") (builtins.hashString "md5" (toString 123))
  (builtins.hashString "sha1" (builtins.concatStringsSep "\n" [ "a" "b" ""])) ]
