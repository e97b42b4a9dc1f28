{
  imports = [ ./old.nix ./shared.nix ];
  services = [ "profile" ];
}
