# Turning Nix values into text: key=value files, INI, git config, JSON,
# YAML, and Nix-like pretty printing.
{ lib }:

let
  inherit (builtins)
    concatStringsSep elem head isAttrs isFloat isInt isList isPath isString
    length mapAttrs split tail typeOf;
  inherit (lib.attrsets) isDerivation mapAttrsToList recursiveUpdate;
  inherit (lib.strings) escape escapeNixIdentifier replaceStrings;
in
rec {
  ## Key/value files

  # The text of a scalar value for a key/value file: numbers, strings,
  # booleans, null, paths and derivations; aborts on lists, sets and
  # functions.
  mkValueStringDefault = { }: v:
    let
      unsupported = what: abort
        "generators.mkValueStringDefault: ${what} not supported: ${toPretty { } v}";
    in
    if isInt v then toString v
    else if isDerivation v then toString v
    else if isString v then v
    else if v == true then "true"
    else if v == false then "false"
    else if v == null then "null"
    else if isPath v then toString v
    else if isList v then unsupported "lists"
    else if isAttrs v then unsupported "attrsets"
    else if lib.trivial.isFunction v then unsupported "functions"
    else if isFloat v then lib.strings.floatToString v
    else unsupported "this value is";

  # `key SEP value`, the key with `sep` escaped and the value written
  # with `mkValueString`.
  mkKeyValueDefault = { mkValueString ? mkValueStringDefault { } }: sep: k: v:
    "${escape [ sep ] k}${sep}${mkValueString v}";

  # A line `indent + mkKeyValue name value` for each attribute; a list
  # value gives one line per element when `listsAsDuplicateKeys` is set.
  toKeyValue =
    { mkKeyValue ? mkKeyValueDefault { } "="
    , listsAsDuplicateKeys ? false
    , indent ? ""
    }: set:
    let
      line = k: v: indent + mkKeyValue k v + "\n";
      lines = k: v:
        if listsAsDuplicateKeys && isList v then map (line k) v else [ (line k v) ];
    in
    lib.strings.concatStrings (builtins.concatLists (mapAttrsToList lines set));

  # An INI file from a set of sections (each a set of keys), the sections
  # in name order and separated by an empty line.
  toINI =
    { mkSectionName ? (name: escape [ "[" "]" ] name)
    , mkKeyValue ? mkKeyValueDefault { } "="
    , listsAsDuplicateKeys ? false
    }: sections:
    concatStringsSep "\n" (mapAttrsToList
      (name: keys:
        "[${mkSectionName name}]\n"
        + toKeyValue { inherit mkKeyValue listsAsDuplicateKeys; } keys)
      sections);

  # Like toINI, with keys that belong to no section (`globalSection`)
  # written first.
  toINIWithGlobalSection =
    { mkSectionName ? (name: escape [ "[" "]" ] name)
    , mkKeyValue ? mkKeyValueDefault { } "="
    , listsAsDuplicateKeys ? false
    }: { globalSection, sections ? { } }:
    (if globalSection == { } then ""
     else toKeyValue { inherit mkKeyValue listsAsDuplicateKeys; } globalSection + "\n")
    + toINI { inherit mkSectionName mkKeyValue listsAsDuplicateKeys; } sections;

  # A git config file. Nested sets become sections and subsections
  # (`{ a.b.c = 1; }` gives `[a "b"]` with `c = 1`); strings are quoted;
  # a list value repeats its key.
  toGitINI = set:
    let
      # "a.b.c" becomes `a "b.c"`, unless the name holds a double quote.
      mkSectionName = name:
        let parts = lib.strings.splitString "." name; in
        if lib.strings.hasInfix "\"" name || length parts == 1 then name
        else "${head parts} \"${concatStringsSep "." (tail parts)}\"";

      mkValueString = v:
        if isString v then
          "\"${replaceStrings [ "\n" "\t" "\"" "\\" ] [ "\\n" "\\t" "\\\"" "\\\\" ] v}\""
        else mkValueStringDefault { } v;

      mkKeyValue = k: v:
        concatStringsSep "\n" (map
          (x: "\t" + mkKeyValueDefault { inherit mkValueString; } " = " k x)
          (lib.lists.toList v));

      # { a.b.c = 1; } becomes { "a.b" = { c = 1; }; }: every value that is
      # not a set (or is a derivation) goes under the section named by the
      # path of sets leading to it.
      sectionsOf = path: v:
        if isAttrs v && !(isDerivation v) then
          builtins.concatLists (mapAttrsToList (n: x: sectionsOf (path ++ [ n ]) x) v)
        else if length path > 1 then
          [ { ${concatStringsSep "." (lib.lists.init path)} = { ${lib.lists.last path} = v; }; } ]
        else
          [ { ${head path} = v; } ];

      sections = builtins.foldl' recursiveUpdate { } (sectionsOf [ ] set);
    in
    toINI { inherit mkSectionName mkKeyValue; } sections;

  ## JSON and YAML

  # `v` as JSON.
  toJSON = { }: builtins.toJSON;

  # `v` as YAML; JSON is valid YAML, so this is toJSON.
  toYAML = { }: builtins.toJSON;

  ## Pretty printing

  # `v` with the values nested deeper than `depthLimit` replaced by
  # "<unevaluated>" (or, with `throwOnDepthLimit`, an error when reached).
  # A set or list at depth d is cut when d > depthLimit, any other value
  # when d >= depthLimit. Functor attributes are left alone.
  withRecursion = { depthLimit, throwOnDepthLimit ? true }: v:
    let
      special = [ "__functor" "__functionArgs" "__toString" "__pretty" ];
      cut = _:
        if throwOnDepthLimit then
          throw "Exceeded maximum eval-depth limit of ${toString depthLimit} while trying to evaluate with `generators.withRecursion'!"
        else "<unevaluated>";
      go = depth: x:
        if isAttrs x then
          (if depth > depthLimit then cut x
           else mapAttrs (n: y: if elem n special then y else go (depth + 1) y) x)
        else if isList x then
          (if depth > depthLimit then cut x else map (go (depth + 1)) x)
        else if depth >= depthLimit then cut x
        else x;
    in
    go 0 v;

  # `v` written like a Nix expression, for people to read. Sets and lists
  # are spread over lines unless `multiline` is false; `indent` goes
  # before every line but the first. With `allowPrettyValues`, a set
  # `{ __pretty = f; val = x; }` is written as `f x`.
  toPretty = { allowPrettyValues ? false, multiline ? true, indent ? "" }:
    let
      go = ind: v:
        let
          inner = ind + "  ";
          # Goes after an opening bracket and between items.
          sep = if multiline then "\n${inner}" else " ";
          # Goes before a closing bracket.
          end = if multiline then "\n${ind}" else " ";
          block = open: close: items: open + sep + concatStringsSep sep items + end + close;
        in
        if isInt v then toString v
        else if isFloat v then builtins.toJSON v
        else if isString v then showString sep end v
        else if v == true then "true"
        else if v == false then "false"
        else if v == null then "null"
        else if isPath v then toString v
        else if isList v then
          (if v == [ ] then "[ ]" else block "[" "]" (map (go inner) v))
        else if lib.trivial.isFunction v then
          let
            args = lib.trivial.functionArgs v;
            shown = concatStringsSep ", "
              (mapAttrsToList (n: hasDefault: if hasDefault then n + "?" else n) args);
          in
          if args == { } then "<function>" else "<function, args: {${shown}}>"
        else if isAttrs v then
          (if allowPrettyValues && v ? __pretty && v ? val then v.__pretty v.val
           else if v == { } then "{ }"
           else if isDerivation v then "<derivation ${v.name or "???"}>"
           else block "{" "}" (mapAttrsToList
             (n: x: "${escapeNixIdentifier n} = ${
               builtins.addErrorContext "while evaluating an attribute `${n}`" (go inner x)};")
             v))
        else abort "generators.toPretty: cannot show a value of type ${typeOf v}";

      # A string in double quotes, or as an indented '' string when it has
      # several lines and `multiline` is set.
      showString = sep: end: s:
        let
          lines = builtins.filter isString (split "\n" s);
          quoted = "\"" + concatStringsSep "\\n"
            (map (escape [ "\\" "\"" "\${" ]) lines) + "\"";
          indented =
            let
              escaped = map (replaceStrings [ "\${" "''" ] [ "''\${" "'''" ]) lines;
              lastLine = lib.lists.last escaped;
            in
            "''" + sep + concatStringsSep sep (lib.lists.init escaped)
            + (if lastLine == "" then end else sep + lastLine) + "''";
        in
        if multiline && length lines > 1 then indented else quoted;
    in
    go indent;
}
