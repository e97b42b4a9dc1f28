[ (assert true; 1) (assert 1 < 2; assert "a" == "a"; "ok") ]
