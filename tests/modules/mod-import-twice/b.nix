{
  imports = [ "${toString ./shared.nix}" ./a.nix ];
  loaded = [ "b" ];
}
