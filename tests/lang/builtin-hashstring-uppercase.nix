# algorithm names are case-sensitive
builtins.hashString "SHA256" "abc"
