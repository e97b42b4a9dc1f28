{
  imports = [ ./old-helper.nix ./shared.nix ];
  services = [ "old" ];
}
