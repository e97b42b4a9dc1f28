{
  imports = [ [ ./a.nix ] ];
}
