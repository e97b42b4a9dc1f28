{ ... }:
{
  environment.etc."nomad.d/client.hcl".text = builtins.readFile ./client.hcl;
}
