fetchMercurial { rev = "default"; }
