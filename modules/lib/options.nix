# Options: declaring them (mkOption and friends), the stock ways of
# merging definitions, and the text the module system shows for option
# paths, files and definition values in its messages.
{ lib }:

let
  inherit (builtins)
    all attrNames concatLists concatMap concatStringsSep filter foldl' head isAttrs isBool
    isFunction isInt isList isString length map match tail tryEval typeOf;
  inherit (lib.lists) take optional;
in
rec {
  ## Declaring

  # An option declaration. Every attribute is optional: type (default
  # types.unspecified), default, defaultText, example, description, apply,
  # readOnly, internal, visible, relatedPackages.
  mkOption = attrs: attrs // { _type = "option"; };

  # Whether `x` is an option declaration.
  isOption = x: (x._type or "") == "option";

  # A boolean option, false by default, for enabling NAME.
  mkEnableOption = name: mkOption {
    default = false;
    example = true;
    description = "Whether to enable ${name}.";
    type = lib.types.bool;
  };

  # A package option that defaults to `pkgs.NAME` (NAME may be an
  # attribute path, as a list; `default` another path, or null for none);
  # `nullable` allows null, `pkgsText` is how documentation names pkgs.
  mkPackageOption = pkgs: name:
    { nullable ? false
    , default ? name
    , example ? null
    , extraDescription ? ""
    , pkgsText ? "pkgs"
    }:
    let
      shortName = if isList name then lib.lists.last name else name;
      defaultPath = if isList default then default else [ default ];
      defaultText = concatStringsSep "." defaultPath;
      defaults =
        if default != null then {
          default = lib.attrsets.attrByPath defaultPath
            (throw "${defaultText} cannot be found in ${pkgsText}") pkgs;
          defaultText = literalExpression "${pkgsText}.${defaultText}";
        }
        else if nullable then { default = null; }
        else { };
    in
    mkOption (defaults // {
      description = "The ${shortName} package to use."
        + (if extraDescription == "" then "" else " ") + extraDescription;
      type = if nullable then lib.types.nullOr lib.types.package else lib.types.package;
    } // (if example == null then { } else {
      example = literalExpression
        (if isList example then "${pkgsText}." + concatStringsSep "." example else example);
    }));

  # Text for documentation that is Nix code (a default or an example that
  # cannot be shown by evaluating it).
  literalExpression = text:
    if !isString text then throw "literalExpression expects a string."
    else { _type = "literalExpression"; inherit text; };

  # Text for documentation that is Markdown.
  literalMD = text:
    if !isString text then throw "literalMD expects a string."
    else { _type = "literalMD"; inherit text; };

  # An option that accepts and ignores any definitions.
  mkSinkUndeclaredOptions = attrs: mkOption ({
    internal = true;
    visible = false;
    default = false;
    description = "Sink for option definitions.";
    type = mkOptionType' "sink" (_: true) (_: _: false);
    apply = _: throw "Option value is not readable because the option is not declared.";
  } // attrs);

  # A bare option type, used where types.nix would be circular.
  mkOptionType' = name: check: merge: lib.types.mkOptionType { inherit name check merge; };

  ## Errors

  # Throws MSG reported at POS (a position set, as unsafeGetAttrPos gives,
  # or null): under nomix the error points at that place, e.g. the
  # definition at fault; elsewhere it is a plain throw. (A global wins over
  # `with`, so the fallback only counts where nomix's primitive is absent.)
  throwAt = with { __nomixThrowAt = _: throw; }; __nomixThrowAt;

  # Where a definition ({ file; value; pos?; }) was written, if known.
  defPos = def: def.pos or null;

  ## Merging definitions

  # The values of a list of definitions ({ file, value }).
  getValues = map (def: def.value);

  # The files of a list of definitions.
  getFiles = map (def: def.file);

  # The advice that goes with a conflict between definitions.
  prioritySuggestion = ''
    Use `lib.mkForce value` or `lib.mkDefault value` to change the priority on any of these definitions.'';

  # All definitions must be equal; that value is the result.
  mergeEqualOption = loc: defs:
    if defs == [ ] then abort "mergeEqualOption: no definitions"
    else if length defs == 1 then (head defs).value
    else
      (foldl' (first: def:
        if def.value != first.value then
          throwAt (defPos def) "The option `${showOption loc}' has conflicting definition values:${showDefs [ first def ]}\n${prioritySuggestion}"
        else first) (head defs) (tail defs)).value;

  # Exactly one definition is allowed; MESSAGE explains why. With MERGE,
  # that single definition goes through it.
  mergeUniqueOption = { message, merge ? null }: loc: defs:
    if length defs == 1 then
      (if merge == null then (head defs).value else merge loc defs)
    else
      throwAt (defPos (builtins.elemAt defs 1)) "The option `${showOption loc}' is defined multiple times while it's expected to be unique.\n${message}\nDefinition values:${showDefs defs}\n${prioritySuggestion}";

  mergeOneOption = mergeUniqueOption { message = ""; };

  # The merge of options without a type: lists are joined, sets updated,
  # booleans or-ed, strings joined. Functions give a function whose
  # results are merged again, taken as definitions as NixOS takes them
  # (so each result must itself be a set with a `value`).
  mergeDefaultOption = loc: defs:
    let values = getValues defs; in
    if length values == 1 then head values
    else if all lib.trivial.isFunction values then
      x: mergeDefaultOption loc (map (f: f x) values)
    else if all isList values then concatLists values
    else if all isAttrs values then foldl' (a: b: a // b) { } values
    else if all isBool values then builtins.any lib.trivial.id values
    else if all isString values then lib.strings.concatStrings values
    else if all isInt values && all (x: x == head values) values then head values
    else throw "Cannot merge definitions of `${showOption loc}'. Definition values:${showDefs defs}";

  ## Showing

  # An option path as people write it: a.b."c d".<name>.*
  showOption = parts:
    let
      part = p:
        if p == "*" || match "<.*>" p != null then p
        else lib.strings.escapeNixIdentifier p;
    in
    concatStringsSep "." (map part parts);

  # `f1' and `f2'
  showFiles = files: concatStringsSep " and " (map (f: "`${f}'") files);

  # The definitions in an error message: one `- In FILE: VALUE` line each,
  # the value pretty-printed (at most 5 lines, nothing if it fails).
  showDefs = defs: lib.strings.concatMapStrings (def:
    let
      shown = tryEval (lib.generators.toPretty { }
        (lib.generators.withRecursion { depthLimit = 10; throwOnDepthLimit = false; } def.value));
      lines = filter (l: !isList l) (builtins.split "\n" shown.value);
      text = concatStringsSep "\n    " (take 5 lines ++ optional (length lines > 5) "...");
      suffix =
        if !shown.success then ""
        else if length lines > 1 then ":\n    " + text
        else ": " + text;
    in
    "\n- In `${def.file}'${suffix}") defs;

  ## Documentation

  # A default or example as documentation shows it: literal text stays,
  # anything else is pretty-printed as a Nix expression.
  renderOptionValue = v:
    if isAttrs v && v ? _type && v ? text then v
    else literalExpression (lib.generators.toPretty { multiline = true; allowPrettyValues = true; } v);

  # Every option below OPTIONS as a flat list of records (name, loc,
  # description, type, default, example, declarations, readOnly, internal,
  # visible), each followed by the options of its submodules (under
  # `<name>` or `*`) unless it is invisible or visible = "shallow". The
  # first argument (a prefix) is not used, as in NixOS.
  optionAttrSetToDocList' = _: options:
    concatMap (opt:
      let
        name = showOption opt.loc;
        docOption = {
          inherit (opt) loc;
          inherit name;
          description = opt.description or null;
          declarations = filter (d: d != unknownModule) opt.declarations;
          internal = opt.internal or false;
          visible = if (opt ? visible && opt.visible == "shallow") then true else opt.visible or true;
          readOnly = opt.readOnly or false;
          type = opt.type.description or "unspecified";
        }
        // (if opt ? example then {
          example = builtins.addErrorContext "while evaluating the example of option `${name}`"
            (renderOptionValue opt.example);
        } else { })
        // (if opt ? defaultText || opt ? default then {
          default = builtins.addErrorContext
            "while evaluating the ${if opt ? defaultText then "defaultText" else "default value"} of option `${name}`"
            (renderOptionValue (opt.defaultText or opt.default));
        } else { })
        // (if opt ? relatedPackages && opt.relatedPackages != null then {
          inherit (opt) relatedPackages;
        } else { });
        subOptions =
          let sub = opt.type.getSubOptions opt.loc; in
          if sub != { } then optionAttrSetToDocList' opt.loc sub else [ ];
        subOptionsVisible = docOption.visible && (opt.visible or null) != "shallow";
      in
      [ docOption ] ++ (if subOptionsVisible then subOptions else [ ]))
      (lib.attrsets.collect isOption options);

  optionAttrSetToDocList = optionAttrSetToDocList' [ ];

  # Removes the functions and module-system wrappers from an option value
  # so that it can be shown.
  scrubOptionValue = x:
    if lib.attrsets.isDerivation x then { type = "derivation"; drvPath = x.name; outPath = x.name; name = x.name; }
    else if isList x then map scrubOptionValue x
    else if isAttrs x then lib.attrsets.mapAttrs (_: scrubOptionValue) (removeAttrs x [ "_args" ])
    else x;

  # The file name of modules that do not say where they come from.
  unknownModule = "<unknown-file>";

  # Sets the default file of a module, for definitions without `_file`.
  setDefaultModuleLocation = file: m: { _file = file; imports = [ m ]; };
}
