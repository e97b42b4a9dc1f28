# systemd services, timers and tmpfiles rules, written as unit files under
# /etc/systemd/system with the symbolic links `systemctl enable` would make.
{ config, lib, ... }:

let
  inherit (lib) mkOption types;
  unit = import ./systemd-unit.nix { inherit lib; };

  # A value a unit option can take: a scalar, or a list of them.
  atom = types.oneOf [ types.bool types.int types.float types.str types.path types.package ];
  unitOption = types.mkOptionType {
    name = "systemd option";
    description = "systemd option (a string, number, boolean, package, or a list of them)";
    check = v: if builtins.isList v then builtins.all atom.check v else atom.check v;
    # lists from several definitions are joined; single values must agree
    merge = loc: defs:
      if builtins.any (def: builtins.isList def.value) defs
      then builtins.concatMap (def: lib.toList def.value) defs
      else lib.options.mergeEqualOption loc defs;
  };

  unitNames = description: mkOption {
    type = types.listOf types.str;
    default = [ ];
    inherit description;
  };

  # Options every unit has.
  commonOptions = {
    enable = mkOption {
      type = types.bool;
      default = true;
      description = "Whether to write this unit. A disabled unit is left out of the tree.";
    };
    description = mkOption {
      type = types.str;
      default = "";
      description = "Description of the unit ([Unit] Description=).";
    };
    wantedBy = unitNames "Units that want this one ([Install] WantedBy=, and the .wants link).";
    requiredBy = unitNames "Units that require this one ([Install] RequiredBy=, and the .requires link).";
    wants = unitNames "Units started with this one ([Unit] Wants=).";
    requires = unitNames "Units this one requires ([Unit] Requires=).";
    after = unitNames "Units this one starts after ([Unit] After=).";
    before = unitNames "Units this one starts before ([Unit] Before=).";
    bindsTo = unitNames "Units this one is bound to ([Unit] BindsTo=).";
    partOf = unitNames "Units this one is part of ([Unit] PartOf=).";
    conflicts = unitNames "Units this one conflicts with ([Unit] Conflicts=).";
    unitConfig = mkOption {
      type = types.attrsOf unitOption;
      default = { };
      example = { StartLimitBurst = 3; };
      description = "Options of the [Unit] section.";
    };
    restartTriggers = mkOption {
      type = types.listOf types.unspecified;
      default = [ ];
      description = "Values whose change should restart the unit; recorded as a hash in X-Restart-Triggers=.";
    };
    startLimitIntervalSec = mkOption {
      type = types.nullOr types.int;
      default = null;
      description = "[Unit] StartLimitIntervalSec=.";
    };
    startLimitBurst = mkOption {
      type = types.nullOr types.int;
      default = null;
      description = "[Unit] StartLimitBurst=.";
    };
  };

  serviceType = types.submodule {
    options = commonOptions // {
      path = mkOption {
        type = types.listOf (types.either types.package types.str);
        default = [ ];
        description = "Packages whose bin/ and sbin/ directories make the service's PATH.";
      };
      environment = mkOption {
        type = types.attrsOf (types.nullOr (types.oneOf [ types.str types.path types.package ]));
        default = { };
        example = { TZ = "UTC"; };
        description = "Environment variables of the service.";
      };
      script = mkOption {
        type = types.lines;
        default = "";
        description = "Shell commands run as the service (they become its ExecStart=).";
      };
      preStart = mkOption {
        type = types.lines;
        default = "";
        description = "Shell commands run before the service starts (ExecStartPre=).";
      };
      postStart = mkOption {
        type = types.lines;
        default = "";
        description = "Shell commands run after the service started (ExecStartPost=).";
      };
      serviceConfig = mkOption {
        type = types.attrsOf unitOption;
        default = { };
        example = { Restart = "always"; };
        description = "Options of the [Service] section.";
      };
    };
  };

  timerType = types.submodule {
    options = commonOptions // {
      wantedBy = mkOption {
        type = types.listOf types.str;
        default = [ "timers.target" ];
        description = "Units that want this timer ([Install] WantedBy=).";
      };
      timerConfig = mkOption {
        type = types.attrsOf unitOption;
        default = { };
        example = { OnCalendar = "daily"; Persistent = true; };
        description = "Options of the [Timer] section.";
      };
    };
  };

  # [Unit] options from the common options.
  unitSection = def:
    let list = key: l: if l == [ ] then { } else { ${key} = toString l; }; in
    def.unitConfig
    // (if def.description == "" then { } else { Description = def.description; })
    // list "Wants" def.wants // list "Requires" def.requires // list "After" def.after
    // list "Before" def.before // list "BindsTo" def.bindsTo // list "PartOf" def.partOf
    // list "Conflicts" def.conflicts
    // (if def.restartTriggers == [ ] then { } else {
      X-Restart-Triggers = builtins.hashString "sha256" (toString def.restartTriggers);
    })
    // (if def.startLimitIntervalSec == null then { } else { StartLimitIntervalSec = def.startLimitIntervalSec; })
    // (if def.startLimitBurst == null then { } else { StartLimitBurst = def.startLimitBurst; });

  installSection = def:
    (if def.wantedBy == [ ] then { } else { WantedBy = def.wantedBy; })
    // (if def.requiredBy == [ ] then { } else { RequiredBy = def.requiredBy; });

  # PATH from packages: every bin/, then every sbin/, each once.
  searchPath = path:
    let dirs = map (p: "${p}/bin") path ++ map (p: "${p}/sbin") path; in
    lib.concatStringsSep ":" (lib.unique dirs);

  # A script file for a service and what runs it.
  scriptPath = name: kind: "/etc/nomix/scripts/${name}-${kind}";
  scriptFile = text: {
    mode = "0755";
    text = "#!/bin/sh\nset -e\n" + text + (if lib.hasSuffix "\n" text then "" else "\n");
  };

  # The files of one service: the unit, its scripts, its enable links.
  serviceFiles = name: def:
    let
      scripts = lib.filterAttrs (_: text: text != "") {
        start = def.script;
        pre-start = def.preStart;
        post-start = def.postStart;
      };
      env = (if def.path == [ ] then { } else { PATH = searchPath def.path; }) // def.environment;
      service = def.serviceConfig
        // (if scripts ? start then { ExecStart = scriptPath name "start"; } else { })
        // (if scripts ? pre-start then { ExecStartPre = scriptPath name "pre-start"; } else { })
        // (if scripts ? post-start then { ExecStartPost = scriptPath name "post-start"; } else { });
      text = unit.serviceText {
        unit = unitSection def;
        environment = env;
        inherit service;
        install = installSection def;
      };
    in
    [ { name = "etc/systemd/system/${name}.service"; value = { inherit text; }; } ]
    ++ lib.mapAttrsToList (kind: t: { name = "etc/nomix/scripts/${name}-${kind}"; value = scriptFile t; }) scripts
    ++ enableLinks "${name}.service" def;

  # The links `systemctl enable` makes for a unit.
  enableLinks = file: def:
    map (t: { name = "etc/systemd/system/${t}.wants/${file}"; value.target = "/etc/systemd/system/${file}"; }) def.wantedBy
    ++ map (t: { name = "etc/systemd/system/${t}.requires/${file}"; value.target = "/etc/systemd/system/${file}"; }) def.requiredBy;

  timerFiles = name: def:
    [ {
      name = "etc/systemd/system/${name}.timer";
      value.text = unit.timerText {
        unit = unitSection def;
        timer = def.timerConfig;
        install = installSection def;
      };
    } ]
    ++ enableLinks "${name}.timer" def;

  enabled = lib.filterAttrs (_: def: def.enable);
in
{
  options.systemd = {
    services = mkOption {
      type = types.attrsOf serviceType;
      default = { };
      description = "systemd services of the host, by unit name (without .service).";
    };
    timers = mkOption {
      type = types.attrsOf timerType;
      default = { };
      description = "systemd timers of the host, by unit name (without .timer).";
    };
    tmpfiles.rules = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "d /var/lib/nomad 0700 root root -" ];
      description = "Lines of tmpfiles.d(5), written to /etc/tmpfiles.d/00-nomix.conf.";
    };
  };

  config.build.files = builtins.listToAttrs (
    lib.concatLists (lib.mapAttrsToList serviceFiles (enabled config.systemd.services))
    ++ lib.concatLists (lib.mapAttrsToList timerFiles (enabled config.systemd.timers)));

  config.environment.etc = lib.mkIf (config.systemd.tmpfiles.rules != [ ]) {
    "tmpfiles.d/00-nomix.conf".text = lib.concatMapStrings (r: r + "\n") config.systemd.tmpfiles.rules;
  };
}
