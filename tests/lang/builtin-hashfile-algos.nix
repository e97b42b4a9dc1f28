map (t: builtins.hashFile t ./builtin-data-misc/hash.txt) [ "md5" "sha1" "sha256" "sha512" ]
