import ./builtin-data/dir
