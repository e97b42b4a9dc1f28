{ ... }:
{
  imports = [
    ({ ... }: { imports = [ ./level3.nix ]; chain = [ "level2 function" ]; })
    { imports = [ ./level3.nix ]; chain = [ "level2 set" ]; }
  ];
  chain = [ "level1" ];
}
