fetchTarball { url = "https://example.org/x.tar.gz"; rev = "1"; }
