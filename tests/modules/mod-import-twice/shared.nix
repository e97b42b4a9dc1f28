{
  imports = [ ./common.nix ];
  loaded = [ "shared" ];
}
