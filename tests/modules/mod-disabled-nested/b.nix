{
  disabledModules = [ ./c.nix ];
  active = [ "b" ];
}
