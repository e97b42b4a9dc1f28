fetchMercurial 1
