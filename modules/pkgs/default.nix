# The package catalog every host module receives as `pkgs`.
#
# nomix builds nothing: a package here says where a program lives on the
# target machine, so that "${pkgs.nomad}/bin/nomad" names the real binary.
# With layout "fhs" (the default) packages live where Debian's packages and
# the vendors' own packages install them (/usr, and /opt/cni for the CNI
# plugins, where Nomad looks by default). With layout "nix-store" each is a
# derivation, so its path is the /nix/store path Nix would give it.
#
#   import ./pkgs { inherit lib; layout = "fhs"; overlays = [ … ]; }
#
# Overlays (final: prev: { … }) change or add entries, as in nixpkgs.
{ lib
, layout ? "fhs"
, system ? "x86_64-linux"
, overlays ? [ ]
}:

let
  # One package: what Nix's derivations offer that modules read (name,
  # pname, version, meta, outPath, type = "derivation"), plus `programs`,
  # the executables it installs under bin/ (Nomad's plugin directory is
  # made from them).
  mkPackage = { pname, version, description, prefix, programs ? [ pname ], homepage ? null }:
    let
      base = {
        inherit pname version programs;
        name = "${pname}-${version}";
        meta = { inherit description; } // lib.optionalAttrs (homepage != null) { inherit homepage; };
      };
      inStore = derivation {
        inherit (base) name;
        inherit system;
        builder = "/bin/sh";
        args = [ "-c" "echo nomix describes packages and builds nothing; exit 1" ];
      };
    in
    if layout == "fhs" then
      base // { type = "derivation"; outPath = prefix; }
    else if layout == "nix-store" then
      base // { type = "derivation"; inherit (inStore) outPath drvPath; }
    else
      throw "pkgs: unknown package layout \"${layout}\" (use \"fhs\" or \"nix-store\")";

  catalog = final: {
    nomad = mkPackage {
      pname = "nomad";
      version = "1.7.7";
      description = "A distributed, highly available, datacenter-aware scheduler";
      homepage = "https://www.nomadproject.io/";
      prefix = "/usr";
    };
    consul = mkPackage {
      pname = "consul";
      version = "1.18.1";
      description = "Tool for service discovery, monitoring and configuration";
      homepage = "https://www.consul.io/";
      prefix = "/usr";
    };
    cni-plugins = mkPackage {
      pname = "cni-plugins";
      version = "1.4.1";
      description = "Some standard networking plugins, maintained by the CNI team";
      homepage = "https://www.cni.dev/plugins/";
      prefix = "/opt/cni";
      programs = [ "bridge" "firewall" "host-local" "loopback" "portmap" "bandwidth" "dhcp" "macvlan" ];
    };
    nomad-driver-podman = mkPackage {
      pname = "nomad-driver-podman";
      version = "0.5.2";
      description = "Podman task driver for Nomad";
      homepage = "https://www.github.com/hashicorp/nomad-driver-podman";
      prefix = "/usr";
    };
    getent = mkPackage {
      pname = "getent";
      version = "2.36";
      description = "Get entries from the system databases (from the C library)";
      prefix = "/usr";
    };
    coreutils = mkPackage {
      pname = "coreutils";
      version = "9.1";
      description = "The GNU Core Utilities";
      prefix = "/usr";
      programs = [ "cat" "cp" "kill" "ln" "ls" "mkdir" "mv" "rm" "sleep" "true" ];
    };
    iproute2 = mkPackage {
      pname = "iproute2";
      version = "6.1.0";
      description = "A collection of utilities for controlling TCP/IP networking and traffic control in Linux";
      prefix = "/usr";
      programs = [ "ip" "ss" "tc" "bridge" ];
    };
    iptables = mkPackage {
      pname = "iptables";
      version = "1.8.9";
      description = "A program to configure the Linux IP packet filtering ruleset";
      prefix = "/usr";
      programs = [ "iptables" "ip6tables" "iptables-save" "iptables-restore" ];
    };
    wireguard-tools = mkPackage {
      pname = "wireguard-tools";
      version = "1.0.20210914";
      description = "Tools for the WireGuard secure network tunnel";
      prefix = "/usr";
      programs = [ "wg" "wg-quick" ];
    };
    docker = mkPackage {
      pname = "docker";
      version = "20.10.24";
      description = "An open source project to pack, ship and run any application as a lightweight container";
      prefix = "/usr";
      programs = [ "docker" "dockerd" ];
    };
    podman = mkPackage {
      pname = "podman";
      version = "4.3.1";
      description = "A program for managing pods, containers and container images";
      prefix = "/usr";
    };
    systemd = mkPackage {
      pname = "systemd";
      version = "252";
      description = "A system and service manager for Linux";
      prefix = "/usr";
      programs = [ "systemctl" "journalctl" "systemd-tmpfiles" "systemd-sysusers" ];
    };
    bash = mkPackage {
      pname = "bash";
      version = "5.2.15";
      description = "GNU Bourne-Again Shell";
      prefix = "/usr";
    };

    # Settings formats (pkgs.formats in NixOS): { type; generate; }.
    formats = lib.formats or { };
  };

  # The catalog with the overlays applied in order.
  packages = lib.fix (lib.foldl' (f: overlay: lib.extends overlay f) catalog overlays);
in
packages
