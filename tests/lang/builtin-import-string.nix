# import accepts a string holding an absolute path
(import "${toString ./builtin-data}/val.nix").c
