builtins.concatStringsSep "," "ab"
