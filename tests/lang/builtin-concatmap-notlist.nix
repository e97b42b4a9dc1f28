builtins.concatMap (x: [ x ]) "abc"
