# Rendering systemd unit files the way NixOS renders them: one section per
# [Unit], [Service]/[Timer] and [Install], keys sorted, a list as the key
# repeated, booleans as true/false, environment variables as quoted
# Environment= lines first in [Service].
{ lib }:

let
  inherit (lib) concatStrings concatMapStrings mapAttrsToList optionalString;
in
rec {
  # The text of one value in a unit file.
  toOption = x:
    if x == true then "true"
    else if x == false then "false"
    else toString x;

  # `Key=value` lines for a set of options, sorted by key; a list gives
  # the key once per element, null leaves the key out.
  attrsToSection = set: concatStrings (lib.concatLists (mapAttrsToList (name: value:
    map (x: "${name}=${toOption x}\n") (if builtins.isList value then value else [ value ]))
    (lib.filterAttrs (_: v: v != null) set)));

  # One section: its header and lines, or nothing when it has no lines.
  section = name: lines: optionalString (lines != "") "[${name}]\n${lines}";

  # `Environment="K=V"` lines, sorted by variable (null values left out).
  environmentLines = env: concatMapStrings (n:
    optionalString (env.${n} != null) "Environment=${builtins.toJSON "${n}=${toString env.${n}}"}\n")
    (builtins.attrNames env);

  # The text of a unit file from its sections (a list of [name, text]).
  unitText = sections: lib.concatStringsSep "\n"
    (builtins.filter (s: s != "") (map (s: section (builtins.elemAt s 0) (builtins.elemAt s 1)) sections));

  # A service unit: UNIT is the [Unit] options, ENV the environment, SERVICE
  # the [Service] options, INSTALL the [Install] options.
  serviceText = { unit, environment, service, install }: unitText [
    [ "Unit" (attrsToSection unit) ]
    [ "Service" (environmentLines environment + attrsToSection service) ]
    [ "Install" (attrsToSection install) ]
  ];

  # A timer unit.
  timerText = { unit, timer, install }: unitText [
    [ "Unit" (attrsToSection unit) ]
    [ "Timer" (attrsToSection timer) ]
    [ "Install" (attrsToSection install) ]
  ];
}
