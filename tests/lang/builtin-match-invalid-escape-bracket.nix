# only the ERE special characters may be escaped: \\] is rejected
builtins.match "\\]" "]"
