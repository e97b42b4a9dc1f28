# Modules that keep old option names working: renamed, aliased, changed
# and removed options, and the definition aliasing they are built from.
{ lib }:

let
  inherit (builtins) all filter head isAttrs length map;
  inherit (lib.options) mkOption isOption showOption showFiles;
  inherit (lib.modules) mkIf mkMerge mkOverride defaultOverridePriority;
  inherit (lib.attrsets) attrByPath getAttrFromPath setAttrByPath;
in
rec {
  # Condition content on OPTION being defined.
  mkAliasIfDef = option: mkIf (isOption option && option.isDefined);

  # The definitions of OPTION, wrapped by WRAP, as one definition.
  mkAliasAndWrapDefinitions = wrap: option:
    mkAliasIfDef option (wrap (mkMerge option.definitions));

  mkAliasDefinitions = mkAliasAndWrapDefinitions lib.trivial.id;

  # As mkAliasAndWrapDefinitions, keeping the definitions' priority.
  mkAliasAndWrapDefsWithPriority = wrap: option:
    let
      prio = option.highestPrio or defaultOverridePriority;
      withPrio = map (mkOverride prio) option.definitions;
    in
    mkAliasIfDef option (wrap (mkMerge withPrio));

  # A module that declares option FROM as another name for option TO:
  # definitions of FROM go to TO; reading FROM reads TO (through USE).
  # With WARN, defining FROM adds a warning.
  doRename = { from, to, visible, warn, use, withPriority ? true, condition ? true }:
    { config, options, ... }:
    let
      fromOpt = getAttrFromPath from options;
      toOf = attrByPath to (abort "Renaming error: option `${showOption to}' does not exist.");
      toType = let opt = attrByPath to { } options; in opt.type or (lib.types.submodule { });
    in
    {
      options = setAttrByPath from (mkOption {
        inherit visible;
        description = "Alias of {option}`${showOption to}`.";
        apply = _: use (toOf config);
      } // (if toType != null then { type = toType; } else { }));
      config = mkIf condition (mkMerge [
        (if options ? warnings then {
          warnings = lib.lists.optional (warn && fromOpt.isDefined)
            "The option `${showOption from}' defined in ${showFiles fromOpt.files} has been renamed to `${showOption to}'.";
        } else { })
        (if withPriority
         then mkAliasAndWrapDefsWithPriority (setAttrByPath to) fromOpt
         else mkAliasAndWrapDefinitions (setAttrByPath to) fromOpt)
      ]);
    };

  # Option FROM was renamed to TO: definitions move over with a warning.
  mkRenamedOptionModule = from: to: doRename {
    inherit from to;
    visible = false;
    warn = true;
    use = builtins.trace "Obsolete option `${showOption from}' is used. It was renamed to `${showOption to}'.";
  };

  # As mkRenamedOptionModule, but warning only once the oldest release
  # still supported is SINCERELEASE (e.g. 2305) or later.
  mkRenamedOptionModuleWith = { sinceRelease, from, to }: doRename {
    inherit from to;
    visible = false;
    warn = lib.trivial.oldestSupportedReleaseIsAtLeast sinceRelease;
    use = lib.trivial.warnIf (lib.trivial.oldestSupportedReleaseIsAtLeast sinceRelease)
      "Obsolete option `${showOption from}' is used. It was renamed to `${showOption to}'.";
  };

  # Option FROM is another name for option TO, silently.
  mkAliasOptionModule = from: to: doRename {
    inherit from to;
    visible = true;
    warn = false;
    use = lib.trivial.id;
  };

  mkAliasOptionModuleMD = mkAliasOptionModule;

  # Option NAME was removed: defining it fails an assertion that says
  # what to do instead (REPLACEMENT), reading it throws.
  mkRemovedOptionModule = optionName: replacementInstructions:
    { options, ... }:
    {
      options = setAttrByPath optionName (mkOption {
        visible = false;
        apply = _: throw "The option `${showOption optionName}' can no longer be used since it's been removed. ${replacementInstructions}";
      });
      config.assertions =
        let opt = getAttrFromPath optionName options; in
        [{
          assertion = !opt.isDefined;
          message = ''
            The option definition `${showOption optionName}' in ${showFiles opt.files} no longer has any effect; please remove it.
            ${replacementInstructions}
          '';
        }];
    };

  # Option FROM became option TO with a different shape: CHANGEFN turns
  # the old config into the value of TO.
  mkChangedOptionModule = from: to: changeFn:
    mkMergedOptionModule [ from ] to changeFn;

  # Options FROM (a list of paths) were merged into TO; MERGEFN computes
  # TO's value from the config when any of them is defined.
  mkMergedOptionModule = from: to: mergeFn:
    { config, options, ... }:
    {
      options = builtins.foldl' lib.attrsets.recursiveUpdate { } (map (path:
        setAttrByPath path (mkOption {
          visible = false;
          default = "_mkMergedOptionModule";
        })) from);
      config = {
        warnings = filter (x: x != "") (map (f:
          let
            val = getAttrFromPath f config;
            opt = getAttrFromPath f options;
          in
          lib.strings.optionalString (val != "_mkMergedOptionModule")
            "The option `${showOption f}' defined in ${showFiles opt.files} has been changed to `${showOption to}' that has a different type. Please read `${showOption to}' documentation and update your configuration accordingly.")
          from);
      } // setAttrByPath to (mkMerge (lib.lists.optional
        (builtins.any (f: (getAttrFromPath f config) != "_mkMergedOptionModule") from)
        (mergeFn config)));
    };
}
