# environment.etc: text, a source file next to the host (an executable
# one keeps its mode), a generated file, an explicit mode and owner, a
# link to a file on the target, a renamed target, a disabled entry.
{ lib, pkgs, ... }:
{
  environment.etc = {
    "motd".text = "welcome\n";
    "issue" = { text = "nomix host\n"; mode = "0600"; user = "root"; group = "adm"; };
    "profile.d/lab.sh".source = ./lab.sh;
    "cron.daily/backup".source = ./backup.sh;
    "app/settings.json".source = (pkgs.formats.json { }).generate "settings.json" { a = 1; b = [ true null ]; };
    "app/settings.toml".source = (pkgs.formats.toml { }).generate "settings.toml" { server.port = 8080; name = "app"; };
    "ssl/certs/ca.pem".source = "/usr/share/ca-certificates/lab/ca.pem";
    "renamed" = { target = "other/name.conf"; text = "x = 1\n"; };
    "disabled" = { enable = false; text = "never written\n"; };
  };
}
