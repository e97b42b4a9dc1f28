# environment.etc: files under /etc, from text or from a source file.
{ config, options, lib, ... }:

let
  inherit (lib) mkOption types;

  etcType = types.submodule ({ name, config, ... }: {
    options = {
      enable = mkOption {
        type = types.bool;
        default = true;
        description = "Whether this /etc file should be generated.";
      };
      target = mkOption {
        type = types.str;
        default = name;
        description = "Name of the file, relative to /etc.";
      };
      text = mkOption {
        type = types.nullOr types.lines;
        default = null;
        description = "Text of the file.";
      };
      source = mkOption {
        type = types.nullOr types.path;
        default = null;
        description = ''
          Path of the source file: a file next to the host's modules, a
          generated file (`pkgs.formats.json { }).generate …`), or an
          absolute path on the target, to which the entry then links.
        '';
      };
      mode = mkOption {
        type = types.str;
        default = "symlink";
        example = "0600";
        description = ''
          If not `symlink`, the permissions of the file (octal). nomix writes
          a regular file either way (there is no store to link into);
          `symlink` means the usual 0644, or 0755 for an executable source.
        '';
      };
      user = mkOption { type = types.str; default = "root"; description = "Owner of the file."; };
      group = mkOption { type = types.str; default = "root"; description = "Group of the file."; };
    };
  });

  # The files that define environment.etc.NAME, for error messages.
  definedIn = name: lib.options.showFiles (lib.unique (map (d: d.file)
    (builtins.filter (d: builtins.isAttrs d.value && d.value ? ${name})
      options.environment.etc.definitionsWithLocations)));

  # Whether P is a clean relative path: no leading /, no "." or ".." parts.
  cleanPath = p:
    p != "" && !(lib.hasPrefix "/" p)
    && builtins.all (part: part != "" && part != "." && part != "..") (lib.splitString "/" p);

  # The tree entry of one enabled /etc file.
  toFile = name: e:
    let
      # "symlink" (NixOS's default) leaves the mode to the writer
      mode = if e.mode == "symlink" then null else e.mode;
      fail = msg: throw "environment.etc.${lib.strings.escapeNixString name} (defined in ${definedIn name}): ${msg}";
    in
    if !(cleanPath e.target) then
      fail "the target `${e.target}' is not a path inside /etc (no leading /, no . or .. parts)"
    else if e.text == null && e.source == null then
      fail "neither text nor source is set"
    else if e.text == null && builtins.isPath e.source && !(builtins.pathExists e.source) then
      fail "the source ${toString e.source} does not exist"
    else {
      name = "etc/${e.target}";
      value = { inherit mode; inherit (e) user group; }
        // (if e.text != null then { inherit (e) text; } else { inherit (e) source; });
    };
in
{
  options.environment.etc = mkOption {
    type = types.attrsOf etcType;
    default = { };
    example = lib.literalExpression ''
      { "nomad/client.hcl".text = builtins.readFile ./client.hcl;
        "nomad/server.hcl".source = ./server.hcl;
      }
    '';
    description = "Files to put in /etc on the host.";
  };

  config.build.files = builtins.listToAttrs
    (lib.mapAttrsToList toFile (lib.filterAttrs (_: e: e.enable) config.environment.etc));
}
