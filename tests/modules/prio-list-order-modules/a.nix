{
  imports = [ ./options.nix ./sub/a1.nix ./sub/a2.nix ];
  order = [ "a" ];
}
