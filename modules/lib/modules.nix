# evalModules: a list of modules in, one checked configuration out.
#
# 1. collect: every module is loaded (a path is imported, a function is
#    called with the module arguments), its `imports` followed, each key
#    kept once, and `disabledModules` taken out.
# 2. merge: the option declarations of all modules are joined into one
#    tree, and the definitions of all modules are sorted onto it, level by
#    level; definitions of names nobody declared are kept aside (for the
#    freeform type, or the "does not exist" error).
# 3. evaluate: each option's value comes from its definitions, resolved
#    by properties.nix, checked and merged by the option's type.
#
# Everything is lazy: `config.a.b` evaluates the definitions of `a.b`
# only, and modules can read `config` while they are being merged.
{ lib }:

let
  inherit (builtins)
    addErrorContext all attrNames catAttrs concatLists concatMap concatStringsSep elem filter
    foldl' genericClosure head isAttrs isList isString
    length mapAttrs removeAttrs seq tail typeOf zipAttrsWith;
  # a module may be a function or a set with __functor
  inherit (lib.trivial) isFunction;
  inherit (lib.options)
    isOption mkOption showOption showFiles showDefs unknownModule throwAt defPos;
  inherit (builtins) unsafeGetAttrPos;
  inherit (lib.modules)
    pushDownProperties dischargePropertiesAt filterOverrides' sortProperties
    mkOptionDefault;
  types = lib.types;

  ## Collecting modules

  # The names a module may use at its top level when it has `config` or
  # `options`.
  structuredNames = [ "_class" "_file" "key" "disabledModules" "imports" "options" "config" "meta" "freeformType" ];

  # Calls module function F with the module arguments: ARGS, and for each
  # other argument F names, the `_module.args` value of that name.
  applyModuleArgs = key: f: args:
    let
      context = name: ''while evaluating the module argument `${name}' in "${key}":'';
      extra = mapAttrs (name: _:
        addErrorContext (context name) (args.${name} or args.config._module.args.${name}))
        (lib.trivial.functionArgs f);
    in
    f (args // extra);

  # A module (attribute set) in the one shape the rest works on.
  unifyModuleSyntax = file: key: m:
    let
      withMeta = c: if m ? meta then lib.modules.mkMerge [ c { meta = m.meta; } ] else c;
      withFreeform = c:
        if m ? freeformType then lib.modules.mkMerge [ c { _module.freeformType = m.freeformType; } ] else c;
    in
    if m ? config || m ? options then
      let extra = removeAttrs m structuredNames; in
      if extra != { } then
        throw "Module `${key}' has an unsupported attribute `${head (attrNames extra)}'. This is caused by introducing a top-level `config' or `options' attribute. Add configuration attributes immediately on the top level instead, or move all of them (namely: ${toString (attrNames extra)}) into the explicit `config' attribute."
      else {
        _file = toString (m._file or file);
        _class = m._class or null;
        key = toString (m.key or key);
        disabledModules = m.disabledModules or [ ];
        imports = m.imports or [ ];
        options = m.options or { };
        config = withFreeform (withMeta (m.config or { }));
      }
    else {
      _file = toString (m._file or file);
      _class = m._class or null;
      key = toString (m.key or key);
      disabledModules = m.disabledModules or [ ];
      imports = (m.require or [ ]) ++ (m.imports or [ ]);
      options = { };
      config = withFreeform (removeAttrs m [ "_class" "_file" "key" "disabledModules" "require" "imports" "freeformType" ]);
    };

  # Loads module M: a function, an attribute set, or a path to import.
  # FILE and KEY stand for M when it says nothing about itself.
  loadModule = args: file: key: m:
    if isFunction m then unifyModuleSyntax file key (applyModuleArgs key m args)
    else if isAttrs m then
      let t = m._type or "module"; in
      if t == "module" then unifyModuleSyntax file key m
      else if t == "if" || t == "override" then loadModule args file key { config = m; }
      else throw (notAModule file t)
    else if isList m then
      throw "Module imports can't be nested lists. Perhaps you meant to remove one level of lists? Definitions: ${showDefs [ { inherit file; value = m; } ]}"
    else
      let
        path = toString m;
        loaded = import m;
      in
      unifyModuleSyntax path path (if isFunction loaded then applyModuleArgs path loaded args else loaded);

  # The message for a value loaded as a module that is something else
  # (a configuration, a flake, a property such as mkMerge).
  notAModule = file: t:
    let
      into = if file == unknownModule then "" else ", while trying to load a module into ${toString file}";
      extra =
        if t == "configuration" then [
          "If you really mean to import this configuration, instead please only import the modules that make up the configuration.\nYou may have to create a `let` binding, file or attribute to give yourself access to the relevant modules.\nWhile loading a configuration into the module system is a very sensible idea, it can not be done cleanly in practice."
        ] else [ ];
    in
    concatStringsSep "\n\n" ([
      "Expected a module, but found a value of type ${lib.strings.escapeNixString t}${into}.\nA module is typically loaded by adding it the `imports = [ ... ];` attribute of an existing module, or in the `modules = [ ... ];` argument of various functions.\nPlease make sure that each of the list items is a module, and not a different kind of value."
    ] ++ extra);

  # The key that an entry of `disabledModules` in FILE names.
  disabledKey = modulesPath: file: m:
    if isString m && !(lib.strings.hasPrefix "/" m) then toString modulesPath + "/" + m
    else if lib.strings.isConvertibleWithToString m then
      (if isAttrs m && m ? key && m.key != toString m then
        throw "Module `${file}` contains a disabledModules item that is an attribute set that can be converted to a string (${toString m}) but also has a `.key` attribute (${m.key}) with a different value. This makes it ambiguous which module should be disabled."
      else toString m)
    else if isAttrs m && m ? key then m.key
    else if isAttrs m then
      throw "Module `${file}` contains a disabledModules item that is an attribute set, presumably a module, that does not have a `key` attribute. This means that the module system doesn't have any means to identify the module that should be disabled. Make sure that you've put the correct value in disabledModules: a string path relative to modulesPath, a path value, or an attribute set with a `key` attribute."
    else
      throw "Each disabledModules item must be a path, string, or a attribute set with a key attribute, or a value supported by toString. However, one of the disabledModules items in `${toString file}` is none of that, but is of type ${typeOf m}.";

  # All modules reachable from MODULES through `imports`, each key once,
  # without the disabled ones and what only they import. The order is
  # breadth-first: the given modules, then their imports, and so on. The
  # disabled keys come from every place a module is imported (a module
  # with the key of an earlier one still disables); a module that imports
  # one of its own importers is not followed again, where NixOS would
  # recurse without end.
  collectModules = class: modulesPath: modules: args:
    let
      # One node per module: its key, the loaded module and its imports.
      nodes = file: parentKey: ms:
        lib.lists.imap1 (n: m:
          let
            module = loadModule args file "${parentKey}:anon-${toString n}" m;
            checkedModule =
              if class != null && module._class != null && module._class != class then
                throw ''
                  The module `${module._file}` (class: ${lib.strings.escapeNixString module._class}) cannot be imported into a module evaluation that expects class ${lib.strings.escapeNixString class}.

                  Help:
                  - Ensure that you are importing the correct module.
                  - Verify that the module's `_class`, ${lib.strings.escapeNixString module._class} matches the expected `class` ${lib.strings.escapeNixString class}.
                  - If you are using a custom class, make sure it is correctly defined and used consistently across your modules.
                ''
              else module;
          in
          {
            inherit (module) key;
            module = checkedModule;
            children = nodes module._file module.key module.imports;
          }) ms;
      roots = nodes unknownModule "" modules;
      disabledIn = above: ns: concatMap (n:
        if elem n.key above then [ ]
        else map (disabledKey modulesPath n.module._file) n.module.disabledModules
          ++ disabledIn (above ++ [ n.key ]) n.children) ns;
      disabled = disabledIn [ ] roots;
      keep = filter (n: !(elem n.key disabled));
      kept = genericClosure { startSet = keep roots; operator = n: keep n.children; };
    in
    map (n: n.module) kept;

  ## Merging declarations and definitions

  # The declarations of one option from several modules, as one option.
  # (One declaration, the usual case, takes a shorter way to the same.)
  mergeOptionDecls = loc: decls:
    if length decls == 1 then
      let
        decl = head decls;
        opt = decl.options;
        subModules = opt.type.getSubModules or null;
      in
      opt // {
        inherit loc;
        declarations = [ decl._file ];
        declarationPositions = [
          (if decl.pos or null != null then decl.pos
           else { file = decl._file; line = null; column = null; })
        ];
        options =
          if subModules != null
          then map (lib.options.setDefaultModuleLocation decl._file) subModules
          else [ ];
      }
    else
    let
      merged = foldl' (res: decl:
        let
          opt = decl.options;
          both = name: opt ? ${name} && res ? ${name};
          mergedType = if both "type" then res.type.typeMerge opt.type.functor else null;
        in
        if both "default" || both "example" || both "description" || both "apply"
          || (both "type" && mergedType == null)
        then throwAt (decl.pos or null) "The option `${showOption loc}' in `${decl._file}' is already declared in ${showFiles res.declarations}."
        else
          let
            subModules = opt.type.getSubModules or null;
            options =
              if subModules != null
              then map (lib.options.setDefaultModuleLocation decl._file) subModules ++ res.options
              else res.options;
          in
          opt // res // {
            declarations = res.declarations ++ [ decl._file ];
            declarationPositions = res.declarationPositions ++ [
              (if decl.pos or null != null then decl.pos
               else { file = decl._file; line = null; column = null; })
            ];
            inherit options;
          } // (if mergedType != null then { type = mergedType; } else { }))
        { inherit loc; declarations = [ ]; declarationPositions = [ ]; options = [ ]; } decls;
    in
    merged;

  # An option's type made complete: unspecified where none was given, and
  # a submodule type rebuilt with the modules of every declaration.
  fixupOptionType = loc: opt:
    let t = opt.type or types.unspecified; in
    if t.getSubModules or null == null then opt // { type = t; }
    else opt // { type = t.substSubModules opt.options; options = [ ]; };

  # The module list as declarations and definitions at PREFIX, merged:
  # { matchedOptions; unmatchedDefns; }.
  mergeModules = prefix: modules:
    mergeModules' prefix modules
      (concatMap (m: map (config: { file = m._file; inherit config; }) (pushDownProperties m.config)) modules);

  # DECLS are modules' `options` subtrees at PREFIX ({ _file; options; }),
  # CONFIGS their `config` subtrees ({ file; config; }), already pushed down.
  mergeModules' = prefix: decls: configs:
    let
      # name -> [ { _file; options; pos } ]
      declsByName = zipAttrsWith (_: concatLists) (map (d:
        if !isAttrs d.options then
          throw ''
            An option declaration for `${concatStringsSep "." prefix}' has type
            `${typeOf d.options}' rather than an attribute set.
            Did you mean to define this outside of `options'?
          ''
        else mapAttrs (name: o: [ { inherit (d) _file; options = o; pos = unsafeGetAttrPos name d.options; } ]) d.options) decls);

      # name -> [ { file; value } ] for options, values as defined
      defsByName' = zipAttrsWith (_: concatLists) (map (c:
        if !isAttrs c.config then
          throw ''
            In module `${c.file}', you're trying to define a value of type `${typeOf c.config}'
            rather than an attribute set for the option
            `${concatStringsSep "." prefix}'!

            This usually happens if `${concatStringsSep "." prefix}' has option
            definitions inside that are not matched. Please check how to properly define
            this option by e.g. referring to `man 5 configuration.nix'!
          ''
        else mapAttrs (name: v: [ { inherit (c) file; value = v; pos = unsafeGetAttrPos name c.config; } ]) c.config) configs);

      # name -> [ { file; config } ] for option sets, properties pushed down
      defsByName = mapAttrs (_: defs:
        concatMap (def: map (config: { inherit (def) file; inherit config; }) (pushDownProperties def.value)) defs)
        defsByName';

      results = mapAttrs (name: ds:
        let
          loc = prefix ++ [ name ];
          # declarations that are options; a set tagged otherwise is a mistake
          optionDecls = filter (d:
            d.options ? _type
            && (d.options._type == "option" || throwDeclarationTypeError loc d.options._type d._file)) ds;
          defs' = defsByName'.${name} or [ ];
        in
        if length optionDecls == length ds then
          { option = evalOptionValue loc (fixupOptionType loc (mergeOptionDecls loc ds)) defs'; unmatched = [ ]; }
        else if optionDecls != [ ] then
          if all (d: d.options.type.name or null == "submodule") optionDecls then
            let
              asOption = d:
                if isOption d.options then d
                else d // {
                  options = mkOption {
                    type = types.submoduleWith {
                      modules = [ { options = d.options; } ];
                      shorthandOnlyDefinesConfig = null;
                    };
                  };
                };
            in
            { option = evalOptionValue loc (fixupOptionType loc (mergeOptionDecls loc (map asOption ds))) defs'; unmatched = [ ]; }
          else
            let
              first = head optionDecls;
              nested = builtins.sort (a: b: a < b) (concatMap (d:
                map (n: " - option(s) with prefix `${showOption (loc ++ [ n ])}' in module `${d._file}'")
                  (attrNames d.options)) (filter (d: !isOption d.options) ds));
            in
            throw "The option `${showOption loc}' in module `${first._file}' would be a parent of the following options, but its type `${first.options.type.description or "<no description>"}' does not support nested options.\n${concatStringsSep "\n" nested}"
        else
          let sub = mergeModules' loc ds (defsByName.${name} or [ ]); in
          { option = sub.matchedOptions; unmatched = sub.unmatchedDefns; })
        declsByName;

      matchedOptions = mapAttrs (_: r: r.option) results;

      # Definitions nobody declared, by name: those further down, and those
      # here whose names are not declared; listed in name order.
      unmatchedByName =
        mapAttrs (_: r: r.unmatched) results
        // removeAttrs defsByName' (attrNames declsByName);
    in
    {
      inherit matchedOptions;
      unmatchedDefns =
        if configs == [ ] then [ ]
        else concatLists (lib.attrsets.mapAttrsToList (name: defs:
          map (def: def // { prefix = [ name ] ++ (def.prefix or [ ]); }) defs) unmatchedByName);
    };

  # The error for a declaration that is a set tagged as something other
  # than an option (usually a type written without mkOption).
  throwDeclarationTypeError = loc: tag: file:
    let
      name = lib.strings.escapeNixIdentifier (lib.lists.last loc);
      comment = if length loc > 1 then "\n    # ${showOption loc}" else "";
    in
    throw (concatStringsSep "\n\n" ([
      "In module ${file}: expected an option declaration at option path `${showOption loc}` but got an attribute set with type ${tag}"
    ] ++ (if tag == "option-type" then [
      ''
        When declaring an option, you must wrap the type in a `mkOption` call. It should look somewhat like:
            ${comment}
            ${name} = lib.mkOption {
              description = ...;
              type = <the type you wrote for ${name}>;
              ...
            };
      ''
    ] else [ ])));

  ## Option values

  # Option OPT (declarations merged) with the definitions DEFS: the option
  # record with its value and where the value came from.
  evalOptionValue = loc: opt: defs:
    let
      withDefault =
        (if opt ? default then [ { file = head opt.declarations; value = mkOptionDefault opt.default; } ] else [ ])
        ++ defs;
      res =
        if (opt.readOnly or false) && length withDefault > 1 then
          let
            separately = map (def: def // {
              value = (mergeDefinitions loc opt.type [ def ]).mergedValue;
            }) withDefault;
          in
          throwAt (defPos (builtins.elemAt withDefault 1)) "The option `${showOption loc}' is read-only, but it's set multiple times. Definition values:${showDefs separately}"
        else mergeDefinitions' loc opt.type withDefault
        (let p = head opt.declarationPositions; in if p.line == null then null else p);
      value = if opt ? apply then opt.apply res.mergedValue else res.mergedValue;
      deprecation = opt.type.deprecationMessage or null;
      warned =
        if deprecation != null && res.isDefined
        then lib.trivial.warn "The type `types.${opt.type.name}' of option `${showOption loc}' defined in ${showFiles opt.declarations} is deprecated. ${deprecation}" value
        else value;
    in
    opt // {
      value = addErrorContext "while evaluating the option `${showOption loc}':" warned;
      inherit (res.defsFinal') highestPrio;
      definitions = map (def: def.value) res.defsFinal;
      files = map (def: def.file) res.defsFinal;
      definitionsWithLocations = map (def: removeAttrs def [ "pos" ]) res.defsFinal;
      inherit (res) isDefined;
      __toString = _: showOption loc;
    };

  # The value of an option of TYPE at LOC from DEFS ({ file; value; }):
  # properties resolved, values checked against the type and merged.
  mergeDefinitions = loc: type: defs: mergeDefinitions' loc type defs null;

  # The same; DECLPOS is where the option is declared, for "used but not
  # defined". Definitions may carry `pos`, where errors about them point.
  mergeDefinitions' = loc: type: defs: declPos: rec {
    defsFinal' =
      let
        discharged = concatMap (def:
          map (value: { inherit (def) file; inherit value; pos = def.pos or null; })
            (addErrorContext "while evaluating definitions from `${def.file}':" (dischargePropertiesAt (defPos def) def.value)))
          defs;
        overridden = filterOverrides' discharged;
        ordered =
          if builtins.any (def: (def.value._type or "") == "order") overridden.values
          then sortProperties overridden.values
          else overridden.values;
      in
      { values = ordered; inherit (overridden) highestPrio; };
    defsFinal = defsFinal'.values;
    isDefined = defsFinal != [ ];
    mergedValue =
      if isDefined then
        if all (def: type.check def.value) defsFinal then type.merge loc defsFinal
        else
          let invalid = filter (def: !type.check def.value) defsFinal; in
          throwAt (defPos (head invalid)) "A definition for option `${showOption loc}' is not of type `${type.description}'. Definition values:${showDefs invalid}"
      else
        throwAt declPos "The option `${showOption loc}' was accessed but has no value defined. Try setting the option.";
    optionalValue = if isDefined then { value = mergedValue; } else { };
  };

  ## Suggestions

  # The edit distance between strings A and B.
  editDistance = a: b:
    let
      as = lib.strings.stringToCharacters a;
      bs = lib.strings.stringToCharacters b;
      row0 = lib.lists.range 0 (length bs);
      step = prev: ca:
        let
          first = head prev + 1;
          go = i: left: rest: diag:
            if rest == [ ] then [ ]
            else
              let
                up = head (tail diag);
                cost = if ca == head rest then 0 else 1;
                v = lib.trivial.min (lib.trivial.min (left + 1) (up + 1)) (head diag + cost);
              in
              [ v ] ++ go (i + 1) v (tail rest) (tail diag);
        in
        [ first ] ++ go 1 first bs prev;
    in
    lib.lists.last (foldl' step row0 as);

  # " Did you mean `x'?" for the declared NAMES closest to NAME.
  suggest = prefix: name: names:
    let
      scored = map (n: { inherit n; d = editDistance name n; }) names;
      limit = lib.trivial.max 2 (builtins.stringLength name / 3);
      close = builtins.sort (a: b: a.d < b.d || (a.d == b.d && a.n < b.n))
        (filter (s: s.d <= limit) scored);
    in
    if close == [ ] then ""
    else "\n\nDid you mean `${showOption (prefix ++ [ (head close).n ])}'?";

  ## The whole evaluation

  evalModules = evalModuleArgs@
    { modules
    , prefix ? [ ]
    , specialArgs ? { }
    , class ? null
    , check ? true
    , args ? { }
    }:
    let
      # The `args` and `check` arguments are deprecated ways of setting
      # `_module.args` and `_module.check`: they become modules of their own.
      legacyModules =
        (if evalModuleArgs ? args then [ { config._module.args = args; } ] else [ ])
        ++ (if evalModuleArgs ? check then [ { config._module.check = lib.modules.mkDefault check; } ] else [ ]);
      regularModules = modules ++ legacyModules;
      withWarnings = x:
        lib.trivial.warnIf (evalModuleArgs ? args)
          "The args argument to evalModules is deprecated. Please set config._module.args instead."
          (lib.trivial.warnIf (evalModuleArgs ? check)
            "The check argument to evalModules is deprecated. Please set config._module.check instead."
            x);

      # The options every evaluation has, under `_module`.
      internalModule = {
        _file = "lib/modules.nix";
        key = "lib/modules.nix";
        options = {
          # visible at the top, so that documentation shows it once
          _module.args = mkOption {
            type = types.lazyAttrsOf types.raw;
            ${if prefix == [ ] then null else "internal"} = true;
            description = ''
              Additional arguments passed to each module in addition to ones
              like `lib`, `config`, and `pkgs`, `modulesPath`. Submodules
              do not inherit arguments from their parent, except `name`, the
              attribute name the submodule is bound to.
            '';
          };
          _module.check = mkOption {
            type = types.bool;
            internal = true;
            default = true;
            description = "Whether to check whether all option definitions have matching declarations.";
          };
          _module.freeformType = mkOption {
            type = types.nullOr types.optionType;
            internal = true;
            default = null;
            description = "If set, merge all definitions that don't have an associated option together using this type.";
          };
          _module.specialArgs = mkOption {
            readOnly = true;
            internal = true;
            description = "Externally provided module arguments that can't be modified from within a configuration, but can be used in module imports.";
          };
        };
        config = {
          _module.args = {
            inherit extendModules;
            moduleType = type;
          };
          _module.specialArgs = specialArgs;
        };
      };

      merged =
        let
          moduleArgs = { inherit lib options config specialArgs; } // specialArgs;
          collected = collectModules class (specialArgs.modulesPath or "") (regularModules ++ [ internalModule ]) moduleArgs;
        in
        mergeModules prefix (lib.lists.reverseList collected);

      options = merged.matchedOptions;

      declaredConfig = lib.attrsets.mapAttrsRecursiveCond (v: !isOption v) (_: o: o.value) options;

      freeformType = declaredConfig._module.freeformType;

      config =
        let
          freeformDefs = map (def: {
            inherit (def) file;
            value = lib.attrsets.setAttrByPath def.prefix def.value;
          }) merged.unmatchedDefns;
        in
        if freeformType == null then declaredConfig
        else
          lib.attrsets.recursiveUpdate
            (if freeformDefs == [ ] then { } else freeformType.merge prefix freeformDefs)
            declaredConfig;

      # The first definition of an undeclared option, as an error.
      checkUnmatched =
        if config._module.check && freeformType == null && merged.unmatchedDefns != [ ] then
          let
            first = head merged.unmatchedDefns;
            at = lib.lists.init first.prefix;
            level = lib.attrsets.attrByPath at { } options;
            hint = suggest (prefix ++ at) (lib.lists.last first.prefix)
              (filter (n: n != "_module") (if isAttrs level && !(isOption level) then attrNames level else [ ]));
            message = "The option `${showOption (prefix ++ first.prefix)}' does not exist. Definition values:${showDefs [ first ]}";
          in
          if attrNames options == [ "_module" ] then
            (if showOption prefix == "" then
              throwAt (defPos first) ''
                ${message}

                It seems as if you're trying to declare an option by placing it into `config' rather than `options'!
              ''
            else
              throwAt (defPos first) ''
                ${message}

                However there are no options defined in `${showOption prefix}'. Are you sure you've
                declared your options properly? This can happen if you e.g. declared your options in `types.submodule'
                under `config' rather than `options'.
              '')
          else throwAt (defPos first) (message + hint)
        else null;

      checked = seq checkUnmatched;

      # The same evaluation with more modules (or other special arguments,
      # or another prefix).
      extendModules = extendArgs@{ modules ? [ ], specialArgs ? { }, prefix ? [ ] }:
        evalModules (evalModuleArgs // {
          inherit class;
          modules = regularModules ++ modules;
          specialArgs = (evalModuleArgs.specialArgs or { }) // specialArgs;
          prefix = extendArgs.prefix or evalModuleArgs.prefix or [ ];
        });

      type = types.submoduleWith { inherit modules specialArgs class; };
    in
    withWarnings {
      _type = "configuration";
      options = checked options;
      config = checked (removeAttrs config [ "_module" ]);
      _module = checked config._module;
      inherit extendModules type class;
    };
in
{
  inherit evalModules collectModules mergeModules mergeModules' mergeOptionDecls
    fixupOptionType evalOptionValue mergeDefinitions unifyModuleSyntax applyModuleArgs
    editDistance;
}
