# referenced only as a file name by opt-no-type-mixed.nix
{ }
