{ lib, ... }:
{
  config = lib.mkMerge [
    {
      users.root.shell = "zsh";
      users.alice = lib.mkMerge [ { shell = lib.mkForce "fish"; } { shell = "zsh"; groups = [ "audio" ]; } ];
      users.bob = lib.mkDefault { home = "/srv/bob"; shell = "ksh"; };
    }
    { users.bob.groups = lib.mkBefore [ "staff" ]; }
    { users.carol = lib.mkDefault { home = "/srv/carol"; }; }
  ];
}
