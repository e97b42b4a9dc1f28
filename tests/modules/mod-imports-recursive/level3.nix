{
  imports = [ ./level4.nix ];
  chain = [ "level3" ];
}
