{
  imports = [ ./a1-deep.nix ];
  order = [ "a1" ];
}
