{
  imports = [ ./sub/b1.nix { order = [ "b-inline" ]; } ];
  order = [ "b" ];
}
