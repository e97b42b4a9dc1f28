[ http://x.y/z?a=b https://example.org/a/b.tar.gz ftp://u@h:21/p ]
