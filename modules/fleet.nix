# A fleet: many hosts in one file, in the shape of Colmena's hive.nix and
# Morph's network.nix:
#
#   {
#     meta = { description = "…"; specialArgs = { … }; nodeSpecialArgs.web1 = { … }; };
#     defaults = { config, … }: { … };     # a module every host gets
#     server = ./hosts/server.nix;          # each other attribute is a host:
#     client1 = [ ./client.nix { … } ];     # a module or a list of modules
#   }
#
# (or a function returning such a set). Every host is evaluated as
# host.nix evaluates one, with `name` (its attribute name; it is also the
# default networking.hostName) and `nodes` (every host, so that one can
# read another's `nodes.server.config`) as module arguments.
{ fleet }:

let
  lib = import ./lib;

  loaded = if builtins.isPath fleet || builtins.isString fleet then import fleet else fleet;
  hive =
    if lib.isFunction loaded
    then loaded (builtins.intersectAttrs (lib.functionArgs loaded) { inherit lib; })
    else loaded;

  meta = hive.meta or hive.network or { };
  defaults = hive.defaults or { };
  hostNames = builtins.attrNames (builtins.removeAttrs hive [ "meta" "network" "defaults" ]);

  # One host, evaluated afresh (so that a worker building many hosts keeps
  # only what other hosts read through `nodes`).
  evalHost = name:
    if !(hive ? ${name}) then throw "the fleet has no host `${name}'"
    else import ./host.nix {
      host = {
        _file = if builtins.isPath fleet then toString fleet else "<fleet>";
        imports = [ defaults ] ++ lib.toList hive.${name} ++ [
          { networking.hostName = lib.mkDefault name; }
        ];
      };
      specialArgs = { inherit name nodes; }
        // (meta.specialArgs or { })
        // (meta.nodeSpecialArgs.${name} or { });
    };

  nodes = lib.genAttrs hostNames evalHost;
in
{
  inherit hostNames nodes evalHost;
  description = meta.description or "";

  # The hosts that SELECTORS pick, in name order (all hosts when SELECTORS
  # is empty), and the selectors that pick none: { hosts; unknown; }. A
  # selector that names a host picks it; any other (and any "@tag") picks
  # the hosts with that tag. Tags are only evaluated when a selector is a
  # tag, so picking hosts by name evaluates no other host.
  select = selectors:
    let
      isName = s: builtins.elem s hostNames;
      names = builtins.filter isName selectors;
      tagSelectors = builtins.filter (s: !(isName s)) selectors;
      tagOf = lib.removePrefix "@";
      tags = map tagOf tagSelectors;
      tagsOf = n: nodes.${n}.config.deployment.tags;
    in
    if selectors == [ ] then { hosts = hostNames; unknown = [ ]; }
    else {
      hosts = builtins.filter (n:
        builtins.elem n names
        || (tags != [ ] && builtins.any (t: builtins.elem t tags) (tagsOf n))) hostNames;
      unknown = builtins.filter (s:
        !(builtins.any (n: builtins.elem (tagOf s) (tagsOf n)) hostNames)) tagSelectors;
    };
}
