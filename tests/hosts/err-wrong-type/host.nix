{ ... }:
{
  services.nomad = {
    enable = true;
    dropPrivileges = "no";
  };
}
