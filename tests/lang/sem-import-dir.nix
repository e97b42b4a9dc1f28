import ./sem-data/dir
