# The host's file tree: every module that produces a file adds it to
# `build.files`, keyed by its path below the tree's root ("etc/nomad.json").
# `build.tree` is the same as a sorted list that `nomix build` writes out.
{ config, lib, ... }:

let
  inherit (lib) mkOption types;

  fileType = types.submodule ({ name, ... }: {
    options = {
      text = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "The contents of the file.";
      };
      source = mkOption {
        type = types.nullOr types.path;
        default = null;
        description = ''
          Where the contents come from: a file on the machine that builds
          the host (a path value), a store path made during evaluation
          (`builtins.toFile`, a format's `generate`, a path interpolated
          into a string), or an absolute path on the target, which makes
          the entry a symbolic link to it.
        '';
      };
      target = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = "Makes the entry a symbolic link to this path.";
      };
      mode = mkOption {
        type = types.nullOr (types.strMatching "0[0-7]{3,4}");
        default = null;
        description = ''
          Permissions of the file (octal); null means 0644, or 0755 for a
          file copied from an executable one.
        '';
      };
      user = mkOption { type = types.str; default = "root"; description = "Owner (recorded in the manifest)."; };
      group = mkOption { type = types.str; default = "root"; description = "Group (recorded in the manifest)."; };
    };
  });

  # Whether P is a clean relative path: no leading /, no "." or ".." parts.
  cleanPath = p:
    p != "" && !(lib.hasPrefix "/" p)
    && builtins.all (part: part != "" && part != "." && part != "..") (lib.splitString "/" p);

  # One entry as the writer takes it.
  entry = path: f:
    let
      kinds = builtins.filter (k: f.${k} != null) [ "text" "source" "target" ];
      src = toString f.source;
      storeDir = builtins.storeDir + "/";
    in
    if !(cleanPath path) then
      throw "build.files: `${path}' is not a path inside the tree (no leading /, no . or .. parts)"
    else if builtins.length kinds != 1 then
      throw "build.files.\"${path}\": set exactly one of text, source and target (got ${if kinds == [ ] then "none" else lib.concatStringsSep ", " kinds})"
    else { inherit path; inherit (f) mode user group; } // (
      if f.text != null then { kind = "text"; inherit (f) text; }
      else if f.target != null then { kind = "symlink"; inherit (f) target; }
      else if builtins.isPath f.source then { kind = "copy"; source = src; }
      else if lib.hasPrefix storeDir src then { kind = "store"; source = src; }
      else { kind = "symlink"; target = src; });
in
{
  options.build = {
    files = mkOption {
      type = types.attrsOf fileType;
      default = { };
      internal = true;
      description = "The files of the host's tree, by path below its root.";
    };
    tree = mkOption {
      type = types.listOf types.attrs;
      readOnly = true;
      internal = true;
      description = "The tree as `nomix build` writes it: one entry per file, sorted by path.";
    };
  };

  config.build.tree = lib.mapAttrsToList entry config.build.files;
}
