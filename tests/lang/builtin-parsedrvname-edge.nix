# any non-letter after "-" starts the version, also "-", ".", "_" or a
# non-ASCII byte
map builtins.parseDrvName [ "-1" "foo-1-" "a--1" "a-1-2" "foo-2bar" "a-.1" "a-_b" "a-é" "a b-1" "a-1-b-2" "foo--" ]
