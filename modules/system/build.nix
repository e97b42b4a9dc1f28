# The host's file tree: every module that produces a file adds it to
# `build.files`, keyed by its path below the tree's root ("etc/nomad.json").
# `build.tree` is the same as a sorted list that `nomix build` writes out.
{ config, lib, ... }:

let
  inherit (lib) mkOption types;

  # A file of the tree: a set with one of text, source and target, and
  # optionally mode, user and group. Deliberately not a submodule: a host
  # has many files, and each is defined once, so checking the set's keys
  # is all the merging it needs.
  fileKeys = [ "text" "source" "target" "mode" "user" "group" ];
  fileType = types.mkOptionType {
    name = "treeFile";
    description = "file (a set of text, source or target, and mode, user, group)";
    check = v: builtins.isAttrs v && builtins.all (k: builtins.elem k fileKeys) (builtins.attrNames v);
    merge = lib.options.mergeUniqueOption {
      message = "Each file of the tree may be produced by one definition only.";
    };
  };

  # Whether P is a clean relative path: no leading /, no "." or ".." parts.
  cleanPath = p:
    p != "" && !(lib.hasPrefix "/" p)
    && builtins.all (part: part != "" && part != "." && part != "..") (lib.splitString "/" p);

  # One entry as the writer takes it.
  entry = path: file:
    let
      f = { text = null; source = null; target = null; mode = null; user = "root"; group = "root"; } // file;
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
      else if f.mode != null && builtins.match "0[0-7]{3,4}" f.mode == null then
        throw "build.files.\"${path}\": the mode `${f.mode}' is not an octal mode such as 0644"
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
      description = ''
        The files of the host's tree, by path below its root: each a set
        with `text` (the contents), `source` (a file on the building
        machine, a store path made during evaluation, or an absolute path
        on the target, which makes a link to it) or `target` (a link),
        and optionally `mode` (octal; default 0644, or 0755 for a file
        copied from an executable one), `user` and `group` (default root,
        recorded in the manifest).
      '';
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
