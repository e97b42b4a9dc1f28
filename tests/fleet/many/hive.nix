# Eleven hosts, more than the workers are first given, so that hosts are
# handed out as results come back; one host cannot even be evaluated, and
# picking hosts by name must not evaluate it.
let
  names = builtins.genList (i: "node-${toString i}") 10;
  host = name: { lib, ... }: {
    deployment.tags = [ (if lib.hasSuffix "0" name then "tens" else "ones") ];
    environment.etc."whoami".text = "${name}\n";
  };
in
{
  defaults = { name, ... }: { environment.etc.motd.text = "host ${name}\n"; };
  unevaluable = throw "this host is never meant to be evaluated";
}
// builtins.listToAttrs (map (name: { inherit name; value = host name; }) names)
