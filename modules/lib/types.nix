# Option types: what a definition may be (check), how several
# definitions become one value (merge), and how the type reads in
# documentation and errors (description), as NixOS's types do.
#
# A type is a set made by mkOptionType. Its `functor` records how it was
# built (name, wrapped types, payload), so that two declarations of one
# option can merge their types: two `enum`s join their values, two
# `submodule`s join their modules.
{ lib }:

let
  inherit (builtins)
    all any attrNames concatLists concatStringsSep elem elemAt filter foldl' head
    isAttrs isBool isFloat isInt isList isPath isString length mapAttrs
    match stringLength substring tail toJSON typeOf zipAttrsWith;
  # functions, and sets with __functor
  isFunction = lib.trivial.isFunction;
  inherit (lib.options)
    mergeDefaultOption mergeEqualOption mergeOneOption mergeUniqueOption
    showOption showFiles getFiles getValues;
  inherit (lib.modules) mergeDefinitions;

  # Whether X is a set tagged as TYPE.
  isType = type: x: (x._type or "") == type;

  # DESCRIPTION of T, in parentheses unless T's class is one that reads
  # well in the place it goes (decided by OK).
  phrase = ok: t:
    if ok (t.descriptionClass or null) then t.description else "(${t.description})";
  isNoun = c: c == "noun";
  nounOrComposite = c: c == "noun" || c == "composite";
  nounOrConjunction = c: c == "noun" || c == "conjunction";

  # The functor of a type without parameters.
  defaultFunctor = name: {
    inherit name;
    type = types.${name} or null;
    wrapped = null;
    payload = null;
    binOp = _: _: null;
  };

  # How two types of one option merge: the same simple type stays, types
  # with a payload merge their payloads, wrapping types their wrapped
  # types; null means they do not merge.
  defaultTypeMerge = f: f':
    if f.name != f'.name then null
    else if f.wrapped == null && f'.wrapped == null && f.payload == null && f'.payload == null
    then f.type
    else if f.payload != null && f'.payload != null then
      let payload = f.binOp f.payload f'.payload; in
      if payload == null then null else f.type payload
    else if f.wrapped != null && f'.wrapped != null then
      let wrapped = f.wrapped.typeMerge f'.wrapped.functor; in
      if wrapped == null then null else f.type wrapped
    else null;

  # Builds a type; every attribute but `name` has a default.
  mkOptionType =
    { name
    , description ? null
    , descriptionClass ? null
    , check ? (_: true)
    , merge ? mergeDefaultOption
    , emptyValue ? { }
    , getSubOptions ? (_: { })
    , getSubModules ? null
    , substSubModules ? (_: null)
    , typeMerge ? defaultTypeMerge functor
    , functor ? defaultFunctor name
    , deprecationMessage ? null
    , nestedTypes ? { }
    }:
    {
      _type = "option-type";
      inherit name check merge emptyValue getSubOptions getSubModules
        substSubModules typeMerge functor deprecationMessage nestedTypes
        descriptionClass;
      description = if description == null then name else description;
    };

  # "X and Y (both inclusive)"
  betweenDesc = lo: hi: "${toString lo} and ${toString hi} (both inclusive)";

  # T restricted further by CHECK.
  addCheck = t: check: t // { check = x: t.check x && check x; };

  # How enum values read: "a", 1, true, <set>.
  showEnumValue = v:
    if isString v then ''"${v}"''
    else if isInt v then toString v
    else if isBool v then lib.trivial.boolToString v
    else "<${typeOf v}>";

  # The module list of a submodule, each definition turned into a module
  # that remembers its file.
  defsAsModules = shorthandOnlyDefinesConfig: defs: map (def:
    if shorthandOnlyDefinesConfig == true && isAttrs def.value
    then { _file = def.file; config = def.value; }
    else { _file = def.file; imports = [ def.value ]; }) defs;

  types = rec {
    inherit isType mkOptionType defaultFunctor defaultTypeMerge addCheck;

    isOptionType = isType "option-type";
    setType = typeName: value: value // { _type = typeName; };

    ## Anything goes

    raw = mkOptionType {
      name = "raw";
      description = "raw value";
      descriptionClass = "noun";
      merge = mergeOneOption;
    };

    anything = mkOptionType {
      name = "anything";
      description = "anything";
      descriptionClass = "noun";
      merge = loc: defs:
        let
          kind = v: if isAttrs v && lib.strings.isStringLike v then "stringCoercibleSet" else typeOf v;
          common = foldl' (k: def:
            if kind def.value == k then k
            else throw "The option `${showOption loc}' has conflicting option types in ${showFiles (getFiles defs)}")
            (kind (head defs).value) defs;
        in
        if common == "set" then (attrsOf anything).merge loc defs
        else if common == "stringCoercibleSet" then mergeOneOption loc defs
        else if common == "lambda" then
          arg: anything.merge (loc ++ [ "<function body>" ])
            (map (def: { inherit (def) file; value = def.value arg; }) defs)
        else mergeEqualOption loc defs;
    };

    unspecified = mkOptionType {
      name = "unspecified";
      description = "unspecified value";
      descriptionClass = "noun";
    };

    ## Scalars

    bool = mkOptionType {
      name = "bool";
      description = "boolean";
      descriptionClass = "noun";
      check = isBool;
      merge = mergeEqualOption;
    };

    # Booleans from several definitions or-ed together.
    boolByOr = mkOptionType {
      name = "boolByOr";
      description = "boolean (merged using or)";
      descriptionClass = "noun";
      check = isBool;
      merge = _: defs: foldl' (result: def: result || def.value) false defs;
    };

    int = mkOptionType {
      name = "int";
      description = "signed integer";
      descriptionClass = "noun";
      check = isInt;
      merge = mergeEqualOption;
    };

    ints = rec {
      between = lo: hi:
        assert lib.assertMsg (lo <= hi) "ints.between: lowest must be smaller than highest";
        addCheck int (x: x >= lo && x <= hi) // {
          name = "intBetween";
          description = "integer between ${betweenDesc lo hi}";
        };
      unsigned = addCheck int (x: x >= 0) // {
        name = "unsignedInt";
        description = "unsigned integer, meaning >=0";
        descriptionClass = "nonRestrictiveClause";
      };
      positive = addCheck int (x: x > 0) // {
        name = "positiveInt";
        description = "positive integer, meaning >0";
        descriptionClass = "nonRestrictiveClause";
      };
      # N-bit integers, unsigned from 0 and signed around 0.
      unsign = bits: range: between 0 (range - 1) // {
        name = "unsignedInt${toString bits}";
        description = "${toString bits} bit unsigned integer; between ${betweenDesc 0 (range - 1)}";
      };
      sign = bits: range: between (0 - range / 2) (range / 2 - 1) // {
        name = "signedInt${toString bits}";
        description = "${toString bits} bit signed integer; between ${betweenDesc (0 - range / 2) (range / 2 - 1)}";
      };
      u8 = unsign 8 256;
      u16 = unsign 16 65536;
      u32 = unsign 32 4294967296;
      s8 = sign 8 256;
      s16 = sign 16 65536;
      s32 = sign 32 4294967296;
    };

    port = ints.u16;

    float = mkOptionType {
      name = "float";
      description = "floating point number";
      descriptionClass = "noun";
      check = isFloat;
      merge = mergeEqualOption;
    };

    number = either int float;

    numbers = rec {
      # bounds shown as JSON numbers, so that floats read as written
      between = lo: hi:
        assert lib.assertMsg (lo <= hi) "numbers.between: lowest must be smaller than highest";
        addCheck number (x: x >= lo && x <= hi) // {
          name = "numberBetween";
          description = "integer or floating point number between ${toJSON lo} and ${toJSON hi} (both inclusive)";
        };
      nonnegative = addCheck number (x: x >= 0) // {
        name = "numberNonnegative";
        description = "nonnegative integer or floating point number, meaning >=0";
        descriptionClass = "nonRestrictiveClause";
      };
      positive = addCheck number (x: x > 0) // {
        name = "numberPositive";
        description = "positive integer or floating point number, meaning >0";
        descriptionClass = "nonRestrictiveClause";
      };
    };

    str = mkOptionType {
      name = "str";
      description = "string";
      descriptionClass = "noun";
      check = isString;
      merge = mergeEqualOption;
    };

    nonEmptyStr = mkOptionType {
      name = "nonEmptyStr";
      description = "non-empty string";
      descriptionClass = "noun";
      check = x: str.check x && match "[ \t\n]*" x == null;
      inherit (str) merge;
    };

    singleLineStr = mkOptionType {
      name = "singleLineStr";
      description = "(optionally newline-terminated) single-line string";
      descriptionClass = "noun";
      check = x: str.check x && match "[^\n\r]*\n?" x != null;
      merge = loc: defs: lib.strings.removeSuffix "\n" (str.merge loc defs);
    };

    strMatching = pattern: mkOptionType {
      name = "strMatching ${lib.strings.escapeNixString pattern}";
      description = "string matching the pattern ${pattern}";
      descriptionClass = "noun";
      check = x: str.check x && match pattern x != null;
      inherit (str) merge;
      functor = defaultFunctor "strMatching" // {
        type = payload: strMatching payload.pattern;
        payload = { inherit pattern; };
        binOp = a: b: if a == b then a else null;
      };
    };

    # Strings from several definitions joined with SEP.
    separatedString = sep: mkOptionType rec {
      name = "separatedString";
      description =
        if sep == "" then "Concatenated string"
        else "strings concatenated with ${toJSON sep}";
      descriptionClass = "noun";
      check = isString;
      merge = _: defs: concatStringsSep sep (getValues defs);
      functor = defaultFunctor name // {
        type = separatedString;
        payload = sep;
        binOp = a: b: if a == b then a else null;
      };
    };

    lines = separatedString "\n";
    commas = separatedString ",";
    envVar = separatedString ":";

    # Deprecated in NixOS: a string joined without separator.
    string = separatedString "" // {
      name = "string";
      deprecationMessage = "See https://github.com/NixOS/nixpkgs/pull/66346 for better alternative types.";
    };

    passwdEntry = entryType: addCheck entryType (x: !(lib.strings.hasInfix ":" x || lib.strings.hasInfix "\n" x)) // {
      name = "passwdEntry ${entryType.name}";
      description = "${phrase isNoun entryType}, not containing newlines or colons";
      descriptionClass = "nonRestrictiveClause";
    };

    attrs = mkOptionType {
      name = "attrs";
      description = "attribute set";
      check = isAttrs;
      merge = _: defs: foldl' (acc: def: acc // def.value) { } defs;
      emptyValue = { value = { }; };
    };

    # A derivation, or a store path (turned into one).
    package = mkOptionType {
      name = "package";
      descriptionClass = "noun";
      check = x: lib.attrsets.isDerivation x || lib.strings.isStorePath x;
      merge = loc: defs:
        let res = mergeOneOption loc defs; in
        if isPath res || (isString res && !builtins.hasContext res)
        then { type = "derivation"; outPath = toString res; name = baseNameOf (toString res); }
        else res;
    };

    shellPackage = package // {
      check = x: lib.attrsets.isDerivation x && x ? shellPath;
    };

    # An absolute path (a path value or a string starting with /).
    path = mkOptionType {
      name = "path";
      descriptionClass = "noun";
      check = x: lib.strings.isStringLike x && substring 0 1 (toString x) == "/";
      merge = mergeEqualOption;
    };

    pathInStore = mkOptionType {
      name = "pathInStore";
      description = "path in the Nix store";
      descriptionClass = "noun";
      check = x: lib.strings.isStringLike x
        && lib.strings.hasPrefix "${builtins.storeDir}/" (toString x);
      merge = mergeEqualOption;
    };

    # Any JSON value: null, booleans, numbers, strings, paths, and lists
    # and attribute sets of these, merged like `anything`.
    jsonValue =
      let
        valueType = nullOr (oneOf [ bool int float str path (attrsOf valueType) (listOf valueType) ]) // {
          description = "JSON value";
          # what the chain of eithers accepts, in one test (merging still
          # goes through the chain)
          check = x: x == null || isBool x || isInt x || isFloat x || isString x || isPath x
            || isAttrs x || isList x;
        };
      in
      valueType;

    ## Containers

    listOf = elemType: mkOptionType rec {
      name = "listOf";
      description = "list of ${phrase nounOrComposite elemType}";
      descriptionClass = "composite";
      check = isList;
      merge = loc: defs:
        map (x: x.value) (filter (x: x ? value) (concatLists (lib.lists.imap1 (n: def:
          lib.lists.imap1 (m: item:
            (mergeDefinitions
              (loc ++ [ "[definition ${toString n}-entry ${toString m}]" ])
              elemType
              [ { inherit (def) file; value = item; } ]).optionalValue) def.value) defs)));
      emptyValue = { value = [ ]; };
      getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "*" ]);
      getSubModules = elemType.getSubModules;
      substSubModules = m: listOf (elemType.substSubModules m);
      functor = defaultFunctor name // { wrapped = elemType; };
      nestedTypes.elemType = elemType;
    };

    nonEmptyListOf = elemType:
      let list = addCheck (listOf elemType) (l: l != [ ]); in
      list // {
        description = "non-empty ${phrase isNoun list}";
        emptyValue = { };
        substSubModules = m: nonEmptyListOf (elemType.substSubModules m);
      };

    attrsOf = elemType: mkOptionType rec {
      name = "attrsOf";
      description = "attribute set of ${phrase nounOrComposite elemType}";
      descriptionClass = "composite";
      check = isAttrs;
      merge = loc: defs:
        mapAttrs (_: v: v.value) (lib.attrsets.filterAttrs (_: v: v ? value)
          (zipAttrsWith (n: defs': (mergeDefinitions (loc ++ [ n ]) elemType defs').optionalValue)
            (attrDefs defs)));
      emptyValue = { value = { }; };
      getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "<name>" ]);
      getSubModules = elemType.getSubModules;
      substSubModules = m: attrsOf (elemType.substSubModules m);
      functor = defaultFunctor name // { wrapped = elemType; };
      nestedTypes.elemType = elemType;
    };

    # Like attrsOf, but the names are known without evaluating the values:
    # an attribute whose definitions are all false mkIfs is still there
    # (and reads as the element type's empty value, or fails).
    lazyAttrsOf = elemType: mkOptionType rec {
      name = "lazyAttrsOf";
      description = "lazy attribute set of ${phrase nounOrComposite elemType}";
      descriptionClass = "composite";
      check = isAttrs;
      merge = loc: defs:
        zipAttrsWith (n: defs':
          let merged = mergeDefinitions (loc ++ [ n ]) elemType defs'; in
          merged.optionalValue.value or elemType.emptyValue.value or merged.mergedValue)
          (attrDefs defs);
      emptyValue = { value = { }; };
      getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "<name>" ]);
      getSubModules = elemType.getSubModules;
      substSubModules = m: lazyAttrsOf (elemType.substSubModules m);
      functor = defaultFunctor name // { wrapped = elemType; };
      nestedTypes.elemType = elemType;
    };

    # The definitions of a set-valued option, one set per definition, each
    # attribute made a definition of its own.
    attrDefs = defs: map (def: mapAttrs (_: v: { inherit (def) file; value = v; }) def.value) defs;

    # A value that may be defined once only.
    uniq = unique { message = ""; };

    unique = { message }: type: mkOptionType rec {
      name = "unique";
      inherit (type) description descriptionClass check;
      merge = mergeUniqueOption { inherit message; inherit (type) merge; };
      emptyValue = type.emptyValue;
      getSubOptions = type.getSubOptions;
      getSubModules = type.getSubModules;
      substSubModules = m: uniq (type.substSubModules m);
      functor = defaultFunctor name // { wrapped = type; };
      nestedTypes.elemType = type;
    };

    nullOr = elemType: mkOptionType rec {
      name = "nullOr";
      description = "null or ${phrase nounOrConjunction elemType}";
      descriptionClass = "conjunction";
      check = x: x == null || elemType.check x;
      merge = loc: defs:
        let nulls = length (filter (def: def.value == null) defs); in
        if nulls == length defs then null
        else if nulls != 0 then
          throw "The option `${showOption loc}` is defined both null and not null, in ${showFiles (getFiles defs)}."
        else elemType.merge loc defs;
      emptyValue = { value = null; };
      getSubOptions = elemType.getSubOptions;
      getSubModules = elemType.getSubModules;
      substSubModules = m: nullOr (elemType.substSubModules m);
      functor = defaultFunctor name // { wrapped = elemType; };
      nestedTypes.elemType = elemType;
    };

    functionTo = elemType: mkOptionType {
      name = "functionTo";
      description = "function that evaluates to a(n) ${phrase nounOrComposite elemType}";
      descriptionClass = "composite";
      check = isFunction;
      merge = loc: defs: arg:
        (mergeDefinitions (loc ++ [ "<function body>" ]) elemType
          (map (def: { inherit (def) file; value = def.value arg; }) defs)).mergedValue;
      getSubOptions = prefix: elemType.getSubOptions (prefix ++ [ "<function body>" ]);
      getSubModules = elemType.getSubModules;
      substSubModules = m: functionTo (elemType.substSubModules m);
      functor = defaultFunctor "functionTo" // { wrapped = elemType; };
      nestedTypes.elemType = elemType;
    };

    ## Choices

    enum = values:
      assert lib.assertMsg (isList values) "types.enum: the argument must be a list of values";
      mkOptionType rec {
        name = "enum";
        description =
          if values == [ ] then "impossible (empty enum)"
          else if length values == 1 then "value ${showEnumValue (head values)} (singular enum)"
          else "one of ${concatStringsSep ", " (map showEnumValue values)}";
        descriptionClass = if length values < 2 then "noun" else "conjunction";
        check = x: elem x values;
        merge = mergeEqualOption;
        functor = defaultFunctor name // {
          payload = values;
          binOp = a: b: lib.lists.unique (a ++ b);
        };
      };

    either = t1: t2: mkOptionType rec {
      name = "either";
      # "T1 or T2"; a T1 that ends in a clause ("…, meaning >=0") gets a comma
      description =
        if t1.descriptionClass or null == "nonRestrictiveClause" then
          "${t1.description}, or ${phrase nounOrConjunction t2}"
        else
          "${phrase nounOrConjunction t1} or ${phrase (c: c == "noun" || c == "conjunction" || c == "composite") t2}";
      descriptionClass = "conjunction";
      check = x: t1.check x || t2.check x;
      merge = loc: defs:
        let values = getValues defs; in
        if all t1.check values then t1.merge loc defs
        else if all t2.check values then t2.merge loc defs
        else mergeOneOption loc defs;
      typeMerge = f':
        let
          m1 = t1.typeMerge (elemAt f'.wrapped 0).functor;
          m2 = t2.typeMerge (elemAt f'.wrapped 1).functor;
        in
        if name == f'.name && m1 != null && m2 != null then functor.type m1 m2 else null;
      functor = defaultFunctor name // { wrapped = [ t1 t2 ]; };
      nestedTypes.left = t1;
      nestedTypes.right = t2;
    };

    oneOf = ts:
      if ts == [ ] then throw "types.oneOf needs to get at least one type in its argument"
      else foldl' either (head ts) (tail ts);

    # A FINALTYPE value, or a COERCEDTYPE value that FUNC turns into one.
    coercedTo = coercedType: coerceFunc: finalType:
      assert lib.assertMsg (coercedType.getSubModules == null)
        "coercedTo: coercedType must not have submodules (it’s a ${coercedType.description})";
      mkOptionType rec {
        name = "coercedTo";
        description = "${phrase isNoun finalType} or ${phrase isNoun coercedType} convertible to it";
        check = x: (coercedType.check x && finalType.check (coerceFunc x)) || finalType.check x;
        merge = loc: defs:
          let coerce = v: if coercedType.check v then coerceFunc v else v; in
          finalType.merge loc (map (def: def // { value = coerce def.value; }) defs);
        emptyValue = finalType.emptyValue;
        getSubOptions = finalType.getSubOptions;
        getSubModules = finalType.getSubModules;
        substSubModules = m: coercedTo coercedType coerceFunc (finalType.substSubModules m);
        typeMerge = _: null;
        functor = defaultFunctor name // { wrapped = finalType; };
        nestedTypes.coercedType = coercedType;
        nestedTypes.finalType = finalType;
      };

    ## Modules

    # A value that is a module, kept unevaluated: definitions from several
    # places become one module that imports them all.
    deferredModule = deferredModuleWith { };

    deferredModuleWith = { staticModules ? [ ] }: mkOptionType {
      name = "deferredModule";
      description = "module";
      descriptionClass = "noun";
      check = x: isAttrs x || isFunction x || path.check x;
      merge = loc: defs: {
        imports = staticModules ++ map (def:
          lib.options.setDefaultModuleLocation "${def.file}, via option ${showOption loc}" def.value) defs;
      };
      inherit (submoduleWith { modules = staticModules; }) getSubOptions;
      getSubModules = staticModules;
      substSubModules = m: deferredModuleWith { staticModules = m; };
      functor = defaultFunctor "deferredModuleWith" // {
        type = deferredModuleWith;
        payload = { inherit staticModules; };
        binOp = a: b: { staticModules = a.staticModules ++ b.staticModules; };
      };
    };

    # The type of option types (for freeformType and the like).
    optionType = mkOptionType {
      name = "optionType";
      description = "optionType";
      descriptionClass = "noun";
      check = isType "option-type";
      # Several types merge as several declarations of one option would.
      merge = loc: defs:
        if length defs == 1 then (head defs).value
        else
          (lib.modules.fixupOptionType loc (lib.modules.mergeOptionDecls loc (map (def: {
            _file = def.file;
            options = lib.options.mkOption { type = def.value; };
          }) defs))).type;
    };

    submodule = modules: submoduleWith {
      shorthandOnlyDefinesConfig = true;
      modules = lib.toList modules;
    };

    # Values that are modules of their own: each definition is evaluated
    # as a module together with MODULES, and the value is its config.
    submoduleWith =
      { modules
      , specialArgs ? { }
      , shorthandOnlyDefinesConfig ? false
      , description ? null
      , class ? null
      }@attrs:
      let
        base = lib.modules.evalModules {
          inherit class specialArgs;
          modules = [ { _module.args.name = lib.modules.mkOptionDefault "‹name›"; } ] ++ modules;
        };
        freeform = base._module.freeformType;
      in
      mkOptionType {
        name = "submodule";
        description = if description != null then description else freeform.description or "submodule";
        check = x: isAttrs x || isFunction x || path.check x;
        merge = loc: defs:
          (base.extendModules {
            modules = [ { _module.args.name = lib.lists.last loc; } ]
              ++ defsAsModules shorthandOnlyDefinesConfig defs;
            prefix = loc;
          }).config;
        emptyValue = { value = { }; };
        getSubOptions = prefix:
          (base.extendModules { inherit prefix; }).options
          // (if freeform == null then { } else { _freeformOptions = freeform.getSubOptions prefix; });
        getSubModules = modules;
        substSubModules = m: submoduleWith (attrs // { modules = m; });
        nestedTypes = if freeform == null then { } else { freeformType = freeform; };
        functor = defaultFunctor "submodule" // {
          type = submoduleWith;
          payload = { inherit modules class specialArgs shorthandOnlyDefinesConfig description; };
          binOp = a: b: {
            class =
              if a.class == null then b.class
              else if b.class == null || a.class == b.class then a.class
              else throw "A submoduleWith option is declared multiple times with conflicting class values \"${toString a.class}\" and \"${toString b.class}\".";
            modules = a.modules ++ b.modules;
            specialArgs =
              let shared = builtins.intersectAttrs a.specialArgs b.specialArgs; in
              if shared == { } then a.specialArgs // b.specialArgs
              else throw "A submoduleWith option is declared multiple times with the same specialArgs \"${toString (attrNames shared)}\"";
            shorthandOnlyDefinesConfig =
              if a.shorthandOnlyDefinesConfig == null then b.shorthandOnlyDefinesConfig
              else if b.shorthandOnlyDefinesConfig == null then a.shorthandOnlyDefinesConfig
              else if a.shorthandOnlyDefinesConfig == b.shorthandOnlyDefinesConfig then a.shorthandOnlyDefinesConfig
              else throw "A submoduleWith option is declared multiple times with conflicting shorthandOnlyDefinesConfig values";
            description =
              if a.description == null then b.description
              else if b.description == null || a.description == b.description then a.description
              else throw "A submoduleWith option is declared multiple times with conflicting descriptions";
          };
        };
      };
  };
in
types
