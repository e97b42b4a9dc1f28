# paths inside an imported file are relative to that file
import ./builtin-data/rel.nix
