# systemd: a service from a script with preStart, environment and path; a
# service from serviceConfig alone, required by a target; a timer; a
# disabled service; tmpfiles rules; unit options as lists and booleans.
{ pkgs, ... }:
{
  systemd.services.report = {
    description = "Write a status report";
    after = [ "network-online.target" ];
    wants = [ "network-online.target" ];
    path = [ pkgs.coreutils pkgs.iproute2 ];
    environment = { REPORT_DIR = "/var/lib/report"; LANG = "C.UTF-8"; UNSET = null; };
    preStart = "mkdir -p $REPORT_DIR";
    script = ''
      ip -brief address > $REPORT_DIR/addresses
      date > $REPORT_DIR/last
    '';
    serviceConfig = {
      Type = "oneshot";
      PrivateTmp = true;
      ReadWritePaths = [ "/var/lib/report" "/run/report" ];
    };
    restartTriggers = [ "v2" ];
  };
  systemd.timers.report = {
    description = "Write a status report hourly";
    timerConfig = { OnCalendar = "hourly"; RandomizedDelaySec = 300; Persistent = true; };
  };
  systemd.services.echo-server = {
    description = "An echo server";
    requiredBy = [ "multi-user.target" ];
    wantedBy = [ "default.target" ];
    startLimitBurst = 5;
    startLimitIntervalSec = 60;
    serviceConfig = {
      ExecStart = "${pkgs.coreutils}/bin/sleep infinity";
      Restart = "always";
      NoNewPrivileges = true;
    };
  };
  systemd.services.legacy = {
    enable = false;
    serviceConfig.ExecStart = "/usr/bin/true";
  };
  systemd.tmpfiles.rules = [
    "d /var/lib/report 0750 root root -"
    "L+ /run/report/latest - - - - /var/lib/report/last"
  ];
}
