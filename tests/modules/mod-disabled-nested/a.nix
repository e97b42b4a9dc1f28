{
  disabledModules = [ ./b.nix ];
  active = [ "a" ];
}
