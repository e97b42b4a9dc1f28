# A host: the user's module (a file or a module value) evaluated together
# with the bundled modules. This is what every host command (`nomix
# build`, `nomix config`, `nomix options`) starts from.
#
#   (import <nomix/modules/host.nix> { host = ./deployment.nix; }).config
{ host, specialArgs ? { } }:

let
  lib = import ./lib;
  inherit (lib) strings;

  evaluated = lib.evalModules {
    modules = import ./module-list.nix ++ [ host ];
    specialArgs = { modulesPath = ./.; } // specialArgs;
    class = "nixos";
  };
  inherit (evaluated) config options;

  # The options declared for this host (visible ones, including those
  # inside submodules, internal ones on request), as records; PREFIX
  # narrows them to one option or those under one attribute path.
  # Bundled modules are named as <nomix/modules/…>, the same wherever
  # nomix is installed.
  optionList = { prefix ? [ ], internal ? false }:
    let
      n = builtins.length prefix;
      here = toString ./. + "/";
      declaredIn = d: if strings.hasPrefix here d then "<nomix/modules/${strings.removePrefix here d}>" else d;
    in
    map (o: o // { declarations = map declaredIn o.declarations; })
      (builtins.filter (o:
        lib.lists.take n o.loc == prefix && o.visible && (internal || !o.internal))
        (lib.options.optionAttrSetToDocList options));

  # The same list as text, one paragraph per option.
  optionText = args:
    let
      indent = s: strings.concatMapStringsSep "\n" (l: if l == "" then "" else "    " + l)
        (strings.splitString "\n" (strings.removeSuffix "\n" s));
      field = label: v:
        if strings.hasInfix "\n" v.text then "    ${label}:\n${indent (indent v.text)}\n"
        else "    ${label}: ${v.text}\n";
      entry = o:
        "${o.name}\n"
        + (if o.description == null then "" else indent (strings.trim o.description) + "\n")
        + "    type: ${o.type}\n"
        + (if o ? default then field "default" o.default else "")
        + (if o ? example then field "example" o.example else "")
        + (if o.readOnly then "    read-only\n" else "")
        + strings.concatMapStrings (d: "    declared in: ${d}\n") o.declarations;
    in
    strings.concatMapStringsSep "\n" entry (optionList args);

  # The same list as Markdown: a heading per option, its description, and
  # its type, default, example and declarations.
  optionMarkdown = args:
    let
      code = v:
        if strings.hasInfix "\n" v.text then "\n\n```nix\n${strings.removeSuffix "\n" v.text}\n```\n"
        else " `${v.text}`\n";
      entry = o:
        "## `${o.name}`\n\n"
        + (if o.description == null then "" else strings.trim o.description + "\n\n")
        + "*Type:* ${o.type}\n\n"
        + (if o ? default then "*Default:*${code o.default}\n" else "")
        + (if o ? example then "*Example:*${code o.example}\n" else "")
        + (if o.readOnly then "*Read-only.*\n\n" else "")
        + "*Declared in:* ${strings.concatMapStringsSep ", " (d: "`${d}`") o.declarations}\n";
    in
    strings.concatMapStringsSep "\n" entry (optionList args);

  # The same list as a set keyed by option name, for --json.
  optionSet = args: builtins.listToAttrs (map (o: {
    inherit (o) name;
    value = builtins.removeAttrs o [ "name" ];
  }) (optionList args));
in
{
  inherit lib config options optionList optionText optionMarkdown optionSet;
  inherit (evaluated) extendModules;

  # What the host commands check before they print or write anything.
  warnings = config.warnings;
  failedAssertions = map (a: a.message) (builtins.filter (a: !a.assertion) config.assertions);
}
