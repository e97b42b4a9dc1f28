"${./store-data/foo.drv}"
