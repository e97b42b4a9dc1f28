map builtins.parseDrvName [ "a-b-c" "foo" "" "-" "foo-" "foo-x1" "1" "a-B1" ]
