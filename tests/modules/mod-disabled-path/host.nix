{
  imports = [ ./options.nix ./old.nix ./profile.nix ];
  disabledModules = [ ./old.nix ];
  services = [ "host" ];
}
