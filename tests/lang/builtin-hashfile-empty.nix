map (t: builtins.hashFile t ./builtin-data-misc/empty.txt) [ "md5" "sha1" "sha256" "sha512" ]
