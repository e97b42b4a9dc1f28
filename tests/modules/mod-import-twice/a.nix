{
  imports = [ ./common.nix ./shared.nix ];
  loaded = [ "a" ];
}
