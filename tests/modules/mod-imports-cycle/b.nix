{
  imports = [ ./a.nix ];
  chain = [ "b" ];
}
