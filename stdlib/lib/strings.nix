# Functions on strings.
{ lib }:

let
  inherit (builtins)
    concatStringsSep elem elemAt filter genList head isAttrs isList isPath
    isString length match replaceStrings split stringLength substring typeOf;

  # Byte value of each ASCII character from 1 to 127, by character.
  asciiTable = builtins.listToAttrs (genList
    (i: {
      name = builtins.fromJSON "\"\\u00${lib.strings.fixedWidthString 2 "0" (lib.trivial.toHexString (i + 1))}\"";
      value = i + 1;
    })
    127);

  # The integer of the decimal `digits`, negated when `sign` is "-"; `s` is
  # the whole input, for the error message.
  parseInt = s: sign: digits:
    let v = builtins.fromJSON digits; in
    if !(builtins.isInt v) then
      throw "toInt: Could not convert ${lib.strings.escapeNixString s} to int."
    else if sign == "-" then 0 - v else v;
in
rec {
  # Builtins that nixpkgs offers from here too.
  inherit (builtins)
    compareVersions concatStringsSep elem elemAt filter fromJSON genList head
    isAttrs isInt isList isPath isString match parseDrvName readFile
    replaceStrings split storeDir stringLength substring tail toJSON typeOf
    unsafeDiscardStringContext;

  ## Joining

  # The strings of the list one after the other.
  concatStrings = concatStringsSep "";

  # `f` applied to each element, joined.
  concatMapStrings = f: list: concatStrings (map f list);

  # `f index element` (index from 1) for each element, joined.
  concatImapStrings = f: list: concatStrings (lib.lists.imap1 f list);

  # `f` applied to each element, joined with `sep` between.
  concatMapStringsSep = sep: f: list: concatStringsSep sep (map f list);

  # `f index element` (index from 1) for each element, joined with `sep`.
  concatImapStringsSep = sep: f: list: concatStringsSep sep (lib.lists.imap1 f list);

  # `f name value` for each attribute (in name order), joined with `sep`.
  concatMapAttrsStringSep = sep: f: set:
    concatStringsSep sep (lib.attrsets.mapAttrsToList f set);

  # Each string followed by a newline, joined.
  concatLines = concatMapStrings (s: s + "\n");

  # The list with `sep` put between each two elements.
  intersperse = sep: list:
    if length list < 2 then list
    else builtins.tail (builtins.concatMap (x: [ sep x ]) list);

  # `s` repeated `n` times.
  replicate = n: s: concatStrings (genList (_: s) n);

  # `s` when `cond` holds, else "".
  optionalString = cond: s: if cond then s else "";

  ## Search paths

  # "dir1/sub:dir2/sub:…" from a list of directories (nulls are skipped).
  makeSearchPath = subDir: dirs:
    concatMapStringsSep ":" (dir: "${dir}/${subDir}") (filter (d: d != null) dirs);

  # Like makeSearchPath, taking the output `output` of each package.
  makeSearchPathOutput = output: subDir: pkgs:
    makeSearchPath subDir (map (lib.attrsets.getOutput output) pkgs);

  # The `bin` directories of packages, as a search path.
  makeBinPath = makeSearchPathOutput "bin" "bin";

  # The `lib` directories of packages, as a search path.
  makeLibraryPath = makeSearchPathOutput "lib" "lib";

  # The `include` directories of packages' dev outputs, as a search path.
  makeIncludePath = makeSearchPathOutput "dev" "include";

  # `s` with each run of slashes made one slash.
  normalizePath = s:
    concatStrings (map (c: if isList c then "/" else c) (split "/+" s));

  ## Tests on strings

  # Whether `s` starts with `prefix`.
  hasPrefix = prefix: s:
    substring 0 (stringLength prefix) s == prefix;

  # Whether `s` ends with `suffix`.
  hasSuffix = suffix: s:
    let n = stringLength s; k = stringLength suffix; in
    k <= n && substring (n - k) k s == suffix;

  # Whether `infix` occurs somewhere in `s`.
  hasInfix = infix: s:
    let n = stringLength s; k = stringLength infix; in
    k <= n && builtins.any (i: substring i k s == infix) (genList (i: i) (n - k + 1));

  # Whether `s` is a valid POSIX shell variable name.
  isValidPosixName = s: match "[a-zA-Z_][a-zA-Z0-9_]*" s != null;

  # Whether `x` behaves like a string: a string, a path, or a set with
  # `outPath` or `__toString`.
  isStringLike = x: isString x || isPath x || x ? outPath || x ? __toString;

  # Whether `toString x` works: string-like values, null, numbers,
  # booleans, and lists of such.
  isConvertibleWithToString = x:
    isStringLike x
    || elem (typeOf x) [ "null" "int" "float" "bool" ]
    || (isList x && builtins.all isConvertibleWithToString x);

  # The old name of isConvertibleWithToString.
  isCoercibleToString = isConvertibleWithToString;

  # Whether `x` is (or stands for) a path directly inside the Nix store.
  isStorePath = x:
    if isStringLike x then
      let s = toString x; in
      substring 0 1 s == "/" && dirOf s == builtins.storeDir
    else false;

  ## Cutting

  # The characters of `s`, as a list of one-character strings.
  stringToCharacters = s: genList (i: substring i 1 s) (stringLength s);

  # `f` applied to each character of `s`, joined.
  stringAsChars = f: s: concatMapStrings f (stringToCharacters s);

  # The pieces of `s` between the occurrences of `sep`.
  splitString = sep: s:
    let str = toString s; in
    map (addContextFrom str)
      (filter isString (split (escapeRegex (toString sep)) str));

  # `s` without its start `prefix` (unchanged when it does not start so).
  removePrefix = prefix: s:
    let k = stringLength prefix; in
    if hasPrefix prefix s then substring k (stringLength s - k) s else s;

  # `s` without its end `suffix` (unchanged when it does not end so).
  removeSuffix = suffix: s:
    let k = stringLength suffix; n = stringLength s; in
    if hasSuffix suffix s then substring 0 (n - k) s else s;

  # `s` without spaces, tabs, carriage returns and newlines at the start
  # (when `start`) and at the end (when `end`).
  trimWith = { start ? false, end ? false }: s:
    let
      n = stringLength s;
      blank = i: elem (substring i 1 s) [ " " "\t" "\r" "\n" ];
      from = if start then lib.lists.findFirstIndex (i: !(blank i)) n (genList (i: i) n) else 0;
      # One past the last kept character.
      to = if end
        then n - lib.lists.findFirstIndex (i: !(blank (n - 1 - i))) n (genList (i: i) n)
        else n;
    in
    if to <= from then "" else substring from (to - from) s;

  # `s` without whitespace at either end.
  trim = trimWith { start = true; end = true; };

  # The contents of a file without its final newline.
  fileContents = file: removeSuffix "\n" (builtins.readFile file);

  ## Case

  # The lower-case ASCII letters as a list.
  lowerChars = stringToCharacters "abcdefghijklmnopqrstuvwxyz";

  # The upper-case ASCII letters as a list.
  upperChars = stringToCharacters "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  # `s` with ASCII letters made lower case.
  toLower = replaceStrings upperChars lowerChars;

  # `s` with ASCII letters made upper case.
  toUpper = replaceStrings lowerChars upperChars;

  # `s` with its first character made upper case and the others lower case.
  toSentenceCase = s:
    if !(isString s) then throw "toSentenceCase: expected a string"
    else addContextFrom s
      (toUpper (substring 0 1 s) + toLower (substring 1 (stringLength s) s));

  ## Escaping

  # `s` with a backslash before each occurrence of the strings of `list`.
  escape = list: replaceStrings list (map (c: "\\${c}") list);

  # `s` with each (printable ASCII) character of `list` written as a C
  # escape `\xNN`, in lower-case hexadecimal without padding.
  escapeC = list: replaceStrings list
    (map (c: "\\x${toLower (lib.trivial.toHexString (charToInt c))}") list);

  # `s` percent-encoded for a URL: every ASCII character but letters,
  # digits and `-_.~` becomes `%XX`.
  escapeURL =
    let
      unreserved = upperChars ++ lowerChars
        ++ stringToCharacters "0123456789-_.~";
      encoded = builtins.removeAttrs asciiTable unreserved;
    in
    replaceStrings (builtins.attrNames encoded)
      (map (c: "%${fixedWidthString 2 "0" (lib.trivial.toHexString encoded.${c})}")
        (builtins.attrNames encoded));

  # `arg` quoted for a POSIX shell; left as it is when it holds only
  # characters that need no quoting.
  escapeShellArg = arg:
    let s = toString arg; in
    if match "[[:alnum:],._+:@%/-]+" s != null then s
    else "'${replaceStrings [ "'" ] [ "'\\''" ] s}'";

  # Each argument quoted for a POSIX shell, joined with spaces.
  escapeShellArgs = concatMapStringsSep " " escapeShellArg;

  # `s` as a Nix string literal (in double quotes).
  escapeNixString = s: escape [ "$" ] (builtins.toJSON s);

  # `s` with the characters special in a regular expression escaped.
  escapeRegex = escape (stringToCharacters "\\[{()^$?*+|.");

  # `s` as a Nix attribute name: as it is when it is a plain identifier,
  # quoted otherwise.
  escapeNixIdentifier = s:
    if match "[a-zA-Z_][a-zA-Z0-9_'-]*" s != null then s else escapeNixString s;

  # `s` with the characters special in XML replaced by entities.
  escapeXML = replaceStrings
    [ "\"" "'" "<" ">" "&" ]
    [ "&quot;" "&apos;" "&lt;" "&gt;" "&amp;" ];

  # The old name of builtins.replaceStrings.
  replaceChars = replaceStrings;

  # A bash assignment of `value` to the variable `name`: a string, a
  # list (indexed array) or a set (associative array).
  toShellVar = name: value:
    if !(isValidPosixName name) then
      throw "toShellVar: ${name} is not a valid shell variable name"
    else if isAttrs value && !(isStringLike value) then
      "declare -A ${name}=(${concatStringsSep " "
        (lib.attrsets.mapAttrsToList (k: v: "[${escapeShellArg k}]=${escapeShellArg v}") value)})"
    else if isList value then
      "declare -a ${name}=(${escapeShellArgs value})"
    else "${name}=${escapeShellArg value}";

  # toShellVar for each attribute of `vars`, one per line.
  toShellVars = vars: concatStringsSep "\n" (lib.attrsets.mapAttrsToList toShellVar vars);

  ## Characters

  # The byte value of an ASCII character.
  charToInt = c: asciiTable.${c};

  ## Context

  # `s` with the string context of `from` added.
  addContextFrom = from: s: substring 0 0 from + s;

  ## Numbers

  # `s` made `width` long by putting copies of `filler` in front; throws
  # when `s` is longer than `width`.
  fixedWidthString = width: filler: s:
    let
      n = stringLength s;
      k = stringLength filler;
      missing = width - n;
    in
    if n > width then
      throw "fixedWidthString: requested string length (${toString width}) must not be shorter than actual length (${toString n})"
    else if missing == 0 then s
    else if k == 0 || lib.trivial.mod missing k != 0 then
      throw "fixedWidthString: the filler ${builtins.toJSON filler} cannot make ${builtins.toJSON s} exactly ${toString width} long"
    else replicate (missing / k) filler + s;

  # The integer `n` written with at least `width` digits, zeros in front.
  fixedWidthNumber = width: n: fixedWidthString width "0" (toString n);

  # `toString` of a float, warning when the result does not read back
  # as the same number.
  floatToString = x:
    let s = toString x; in
    lib.trivial.warnIf (builtins.fromJSON s != x)
      "Imprecise conversion from float to string ${s}" s;

  # The integer written in `s`, which may be surrounded by whitespace and
  # start with "-"; throws on anything else, and on leading zeros (which
  # could be meant as octal).
  toInt = s:
    let
      m = match "[[:space:]]*(-?)([[:digit:]]+)[[:space:]]*" s;
      digits = elemAt m 1;
    in
    if m == null then throw "toInt: Could not convert ${escapeNixString s} to int."
    else if match "0[[:digit:]]+" digits != null then
      throw "toInt: Ambiguity in interpretation of ${escapeNixString s} between octal and zero padded integer."
    else parseInt s (head m) digits;

  # Like toInt, but leading zeros are allowed and ignored.
  toIntBase10 = s:
    let
      m = match "[[:space:]]*(-?)0*([[:digit:]]+)[[:space:]]*" s;
    in
    if m == null then throw "toIntBase10: Could not convert ${escapeNixString s} to int."
    else parseInt s (head m) (elemAt m 1);

  ## Versions and names

  # Whether version `a` is older than version `b`.
  versionOlder = a: b: builtins.compareVersions b a == 1;

  # Whether version `a` is `b` or newer.
  versionAtLeast = a: b: !(versionOlder a b);

  # The name part of a derivation name such as "hello-2.10", or of a
  # package (its `pname`, or the name part of its `name`).
  getName = x:
    if isString x then (builtins.parseDrvName x).name
    else x.pname or (builtins.parseDrvName x.name).name;

  # The version part of a derivation name or of a package.
  getVersion = x:
    if isString x then (builtins.parseDrvName x).version
    else x.version or (builtins.parseDrvName x.name).version;

  # The name a URL's file starts with: the part of its last path component
  # before the first `sep`.
  nameFromURL = url: sep:
    let
      file = lib.lists.last (splitString "/" url);
      name = head (splitString sep file);
    in
    if name == file then throw "nameFromURL: ${url} has no ${sep} in its file name"
    else name;

  ## Configure flags

  # "--enable-FEAT" or "--disable-FEAT".
  enableFeature = flag: feature:
    if !(isString feature) then throw "enableFeature: feature must be a string"
    else "--${if flag then "enable" else "disable"}-${feature}";

  # Like enableFeature, adding "=VALUE" when enabled.
  enableFeatureAs = flag: feature: value:
    enableFeature flag feature + optionalString flag "=${value}";

  # "--with-FEAT" or "--without-FEAT".
  withFeature = flag: feature:
    if !(isString feature) then throw "withFeature: feature must be a string"
    else "--${if flag then "with" else "without"}-${feature}";

  # Like withFeature, adding "=VALUE" when with.
  withFeatureAs = flag: feature: value:
    withFeature flag feature + optionalString flag "=${value}";

  # "-DFEATURE:TYPE=VALUE" for CMake; TYPE is one of bool, filepath, path,
  # string, internal (any case).
  cmakeOptionType = type: feature: value:
    let t = toUpper type; in
    if !(elem t [ "BOOL" "FILEPATH" "PATH" "STRING" "INTERNAL" ]) then
      throw "cmakeOptionType only accepts types bool, filepath, path, string or internal, not ${type}"
    else "-D${feature}:${t}=${value}";

  # "-DFEATURE:BOOL=TRUE" or "…=FALSE".
  cmakeBool = feature: flag: cmakeOptionType "bool" feature (if flag then "TRUE" else "FALSE");

  # "-DFEATURE:STRING=VALUE".
  cmakeFeature = feature: value: cmakeOptionType "string" feature value;

  # "-DFEATURE=VALUE" for Meson.
  mesonOption = feature: value: "-D${feature}=${value}";

  # "-DFEATURE=true" or "…=false".
  mesonBool = feature: flag: mesonOption feature (lib.trivial.boolToString flag);

  # "-DFEATURE=enabled" or "…=disabled".
  mesonEnable = feature: flag: mesonOption feature (if flag then "enabled" else "disabled");
}
