let e = "foo"; in { "${e}" = 1; "a${e}b" = 2; "${e} x" = 3; }
