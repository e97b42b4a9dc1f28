# Turning Nix values into text: key=value files, INI, git config, JSON
# (compact, or laid out as jq does), YAML, TOML, and Nix-like pretty
# printing.
{ lib }:

let
  inherit (builtins)
    concatStringsSep elem head isAttrs isFloat isInt isList isPath isString
    length mapAttrs split tail typeOf;
  inherit (lib.attrsets) isDerivation mapAttrsToList recursiveUpdate;
  inherit (lib.strings) escape escapeNixIdentifier replaceStrings;

  ## Numbers written as jq 1.6 writes them (for toPrettyJSON and toTOML)

  # Non-negative integers of any size, as lists of base-10^9 digits, the
  # lowest first, with no high zeros ([ ] is 0). Enough for the exact
  # arithmetic of turning a float into its shortest decimal digits.
  big = rec {
    base = 1000000000;
    pow = b: n: if n == 0 then 1 else b * pow b (n - 1);
    of = n: if n == 0 then [ ] else [ (lib.trivial.mod n base) ] ++ of (n / base);
    # a * k, for 0 <= k <= 2^30
    mulSmall = a: k:
      let
        step = acc: x:
          let t = x * k + acc.carry; in
          { digits = acc.digits ++ [ (lib.trivial.mod t base) ]; carry = t / base; };
        r = builtins.foldl' step { digits = [ ]; carry = 0; } a;
      in
      if k == 0 then [ ] else r.digits ++ of r.carry;
    mulPow2 = a: n: if n >= 30 then mulPow2 (mulSmall a 1073741824) (n - 30) else mulSmall a (pow 2 n);
    mulPow10 = a: n: if n >= 9 then mulPow10 (mulSmall a base) (n - 9) else mulSmall a (pow 10 n);
    digitAt = a: i: if i < length a then builtins.elemAt a i else 0;
    trim = a: if a != [ ] && lib.lists.last a == 0 then trim (lib.lists.init a) else a;
    add = a: b:
      let
        n = lib.trivial.max (length a) (length b);
        step = acc: i:
          let t = digitAt a i + digitAt b i + acc.carry; in
          { digits = acc.digits ++ [ (lib.trivial.mod t base) ]; carry = t / base; };
        r = builtins.foldl' step { digits = [ ]; carry = 0; } (lib.lists.range 0 (n - 1));
      in
      r.digits ++ of r.carry;
    # a - b, for a >= b
    sub = a: b:
      let
        step = acc: i:
          let t = digitAt a i - digitAt b i - acc.borrow; in
          if t < 0 then { digits = acc.digits ++ [ (t + base) ]; borrow = 1; }
          else { digits = acc.digits ++ [ t ]; borrow = 0; };
      in
      trim (builtins.foldl' step { digits = [ ]; borrow = 0; } (lib.lists.range 0 (length a - 1))).digits;
    # -1, 0 or 1 as a <, = or > b
    cmp = a: b:
      let
        la = length a;
        lb = length b;
        from = i:
          if i < 0 then 0
          else
            let x = builtins.elemAt a i; y = builtins.elemAt b i; in
            if x < y then -1 else if x > y then 1 else from (i - 1);
      in
      if la < lb then -1 else if la > lb then 1 else from (la - 1);
  };

  # 2^n as a float, exactly, for -1074 <= n <= 1023.
  pow2f = n:
    if n < -1000 then pow2f (n + 100) / pow2f 100
    else if n < 0 then 1.0 / pow2f (0 - n)
    else if n == 0 then 1.0
    else
      let h = pow2f (n / 2); in
      if lib.trivial.mod n 2 == 1 then h * h * 2.0 else h * h;

  # The same, looked up (each computed once).
  powers2 = builtins.genList (i: pow2f (i - 1074)) 2098;
  pow2 = n: builtins.elemAt powers2 (n + 1074);

  # x * 2^n, exactly when the result is a float (n any size).
  ldexp = x: n:
    if n > 1000 then ldexp (x * pow2 1000) (n - 1000)
    else if n < -1000 then ldexp (x * pow2 (-1000)) (n + 1000)
    else x * pow2 n;

  # The shortest decimal digits that read back as the positive finite
  # float x, chosen as David Gay's dtoa (mode 0) chooses them, which is
  # what jq prints: { digits = [ 1 5 ]; point = 1; } is 1.5 (0.15 * 10^1).
  shortestDigits = x:
    let
      # floor(log2 x), by bisection between the smallest and largest powers
      log2 = lo: hi:
        if lo == hi then lo
        else
          let
            sum = lo + hi + 1;
            # rounded down, also below zero
            mid = sum / 2 - (if sum < 0 && sum != sum / 2 * 2 then 1 else 0);
          in
          if pow2 mid <= x then log2 mid hi else log2 lo (mid - 1);
      exponent2 = log2 (-1074) 1023;
      # x = f * 2^e with f an integer below 2^53
      e = if exponent2 >= -1022 then exponent2 - 52 else -1074;
      f = builtins.floor (ldexp x (0 - e));
      even = lib.trivial.mod f 2 == 0;
      # the gap below x is half the gap above when x is a power of two
      # (other than the smallest normal float)
      unequal = f == 4503599627370496 && e > -1074;
      # x = r / s; the floats next to x are (r - mMinus) / s and
      # (r + mPlus) / s, and a decimal halfway there reads back as x when
      # the mantissa is even
      start =
        if e >= 0 then
          (if unequal then { r = big.mulPow2 (big.of f) (e + 2); s = big.of 4; mPlus = big.mulPow2 (big.of 1) (e + 1); mMinus = big.mulPow2 (big.of 1) e; }
           else { r = big.mulPow2 (big.of f) (e + 1); s = big.of 2; mPlus = big.mulPow2 (big.of 1) e; mMinus = big.mulPow2 (big.of 1) e; })
        else if unequal then { r = big.of (f * 4); s = big.mulPow2 (big.of 1) (2 - e); mPlus = big.of 2; mMinus = big.of 1; }
        else { r = big.of (f * 2); s = big.mulPow2 (big.of 1) (1 - e); mPlus = big.of 1; mMinus = big.of 1; };
      # the decimal exponent: the smallest k with the upper neighbour's
      # halfway point below 10^k (or at it, for odd mantissas)
      high = big.add start.r start.mPlus;
      fits = k:
        let c = if k >= 0 then big.cmp high (big.mulPow10 start.s k) else big.cmp (big.mulPow10 high (0 - k)) start.s; in
        if even then c < 0 else c <= 0;
      findPoint = k: if fits (k - 1) then findPoint (k - 1) else if !(fits k) then findPoint (k + 1) else k;
      point = findPoint (builtins.ceil (exponent2 * 0.3010299956639812));
      scaled =
        if point >= 0 then start // { s = big.mulPow10 start.s point; }
        else start // {
          r = big.mulPow10 start.r (0 - point);
          mPlus = big.mulPow10 start.mPlus (0 - point);
          mMinus = big.mulPow10 start.mMinus (0 - point);
        };
      # the next digit: floor(10 r / s), and the rest
      divide = t: s: d: if big.cmp t s >= 0 then divide (big.sub t s) s (d + 1) else { inherit d; r = t; };
      generate = st:
        let
          q = divide (big.mulSmall st.r 10) st.s 0;
          r = q.r;
          mPlus = big.mulSmall st.mPlus 10;
          mMinus = big.mulSmall st.mMinus 10;
          j = big.cmp r mMinus;
          j1 = big.cmp (big.add r mPlus) st.s;
          lowOk = j < 0 || (j == 0 && even);
          # 2r against s: which of d and d + 1 is nearer (ties to even)
          upHalf = let c = big.cmp (big.mulSmall r 2) st.s; in c > 0 || (c == 0 && lib.trivial.mod q.d 2 == 1);
        in
        if j1 == 0 && even then [ (if j > 0 then q.d + 1 else q.d) ]
        else if lowOk then [ (if r != [ ] && j1 > 0 && upHalf then q.d + 1 else q.d) ]
        else if j1 > 0 then [ (q.d + 1) ]
        else [ q.d ] ++ generate { inherit r mPlus mMinus; inherit (st) s; };
      # A last digit rounded up to 10 carries into the one before it (and
      # becomes a trailing zero, left out); 9…9 rounded up is 1 with the
      # point one place further.
      carry = ds:
        let n = length ds; in
        if lib.lists.last ds != 10 then { digits = ds; shift = 0; }
        else if n == 1 then { digits = [ 1 ]; shift = 1; }
        else carry (lib.lists.take (n - 2) ds ++ [ (builtins.elemAt ds (n - 2) + 1) ]);
      carried = carry (generate scaled);
      stripZeros = ds: if length ds > 1 && lib.lists.last ds == 0 then stripZeros (lib.lists.init ds) else ds;
    in
    { digits = stripZeros carried.digits; point = point + carried.shift; };

  # The same, quickly, for the many floats that have at most 6 digits:
  # builtins.toJSON writes x with 6 digits, correctly rounded, and when
  # these read back as x they are the shortest digits (between 1e-300 and
  # 1e300 the floats next to x are too near for two decimals of 6 digits
  # to read back as x). Otherwise null.
  shortDigits = x:
    let
      text = builtins.toJSON x;
      # whole part, fraction, exponent's sign and digits
      m = builtins.match "([0-9]+)\\.?([0-9]*)(e([-+])0*([0-9]+))?" text;
      part = builtins.elemAt m;
      whole = part 0;
      exponent = if part 2 == null then 0
        else (if part 3 == "-" then -1 else 1) * builtins.fromJSON (part 4);
      # the digits without their leading zeros
      split = builtins.match "(0*)([0-9]*)" (whole + part 1);
      leading = builtins.stringLength (builtins.elemAt split 0);
      digits = map builtins.fromJSON (lib.strings.stringToCharacters (builtins.elemAt split 1));
      stripZeros = ds: if length ds > 1 && lib.lists.last ds == 0 then stripZeros (lib.lists.init ds) else ds;
    in
    if x > 1.0e-300 && x < 1.0e300 && m != null && builtins.fromJSON text == x
    then { digits = stripZeros digits; point = builtins.stringLength whole + exponent - leading; }
    else null;

  # A float as jq 1.6 prints it (see toPrettyJSON).
  jqFloat = x:
    let
      showExponent = n:
        let a = if n < 0 then 0 - n else n; in
        (if n < 0 then "-" else "+") + (if a < 10 then "0" else "") + toString a;
      zeros = n: lib.strings.concatStrings (lib.lists.replicate n "0");
      positive = y:
        let
          sd = let short = shortDigits y; in if short != null then short else shortestDigits y;
          ds = map toString sd.digits;
          n = length ds;
          p = sd.point;
        in
        if p <= -4 || p > n + 15 then
          head ds + (if n > 1 then "." + lib.strings.concatStrings (tail ds) else "")
          + "e" + showExponent (p - 1)
        else if p <= 0 then "0." + zeros (0 - p) + lib.strings.concatStrings ds
        else if p >= n then lib.strings.concatStrings ds + zeros (p - n)
        else lib.strings.concatStrings (lib.lists.take p ds) + "." + lib.strings.concatStrings (lib.lists.drop p ds);
    in
    if x != x then "null"
    else if x == 0.0 then (if builtins.toJSON x == "-0" then "-0" else "0")
    else if x + x == x then (if x > 0 then "" else "-") + "1.7976931348623157e+308"
    else if x < 0 then "-" + positive (0.0 - x)
    else positive x;

  # A string in double quotes, escaped as jq escapes it. builtins.toJSON
  # escapes as Nix does; jq writes \b and \f by name and escapes DEL.
  del = builtins.fromJSON "\"\\u007f\"";
  jsonString = s:
    replaceStrings [ "\\\\" "\\u0008" "\\u000c" del ] [ "\\\\" "\\b" "\\f" "\\u007f" ] (builtins.toJSON s);

  # Whether a set stands for a string (sets with __toString) or for what
  # its outPath is (derivations), as builtins.toJSON treats them.
  isStringLikeSet = v: isAttrs v && (v ? __toString || v ? outPath);

  showKind = v:
    if isStringLikeSet v then "a set that stands for a string (a derivation or a set with __toString)"
    else if isList v then "a list"
    else if lib.trivial.isFunction v then "a function"
    else "a ${typeOf v}";

  # v as pretty JSON, its lines after the first indented by `ind`.
  prettyJSON = ind: v:
    let
      inner = ind + "  ";
      block = open: close: items:
        open + "\n" + concatStringsSep ",\n" items + "\n" + ind + close;
    in
    if isString v then jsonString v
    else if isFloat v then jqFloat v
    else if isList v then
      (if v == [ ] then "[]" else block "[" "]" (map (x: inner + prettyJSON inner x) v))
    else if isAttrs v then
      (if v ? __toString then jsonString "${v}"
       else if v ? outPath then prettyJSON ind v.outPath
       else if v == { } then "{}"
       else block "{" "}" (mapAttrsToList (n: x: inner + jsonString n + ": " + prettyJSON inner x) v))
    # integers, booleans, null, paths (copied to the store); functions fail
    else builtins.toJSON v;

  ## TOML

  # A key, bare when TOML allows it, else quoted.
  tomlKey = k: if builtins.match "[A-Za-z0-9_-]+" k != null then k else jsonString k;
  tomlPath = path: concatStringsSep "." (map tomlKey path);

  tomlFloat = x:
    if x != x then "nan"
    else if x + x == x && x != 0.0 then (if x > 0 then "inf" else "-inf")
    else
      let t = jqFloat x; in
      if builtins.match "-?[0-9]+" t != null then t + ".0" else t;

  # Sets written as [table] sections, lists of them as [[arrays]].
  isTable = v: isAttrs v && !(isStringLikeSet v);
  isTableArray = v: isList v && v != [ ] && builtins.all isTable v;

  # The text of an inline value; `where` is where it is (`a.b[1]`), for
  # error messages.
  tomlValue = where: v:
    let
      refuse = throw
        "generators.toTOML: ${if v == null then "null" else showKind v} at `${where}' cannot be written in TOML";
    in
    if isString v then jsonString v
    else if isInt v then toString v
    else if isFloat v then tomlFloat v
    else if v == true then "true"
    else if v == false then "false"
    else if v == null then refuse
    else if isPath v then jsonString "${v}"
    else if isList v then
      "[" + concatStringsSep ", " (lib.lists.imap0 (i: tomlValue "${where}[${toString i}]") v) + "]"
    else if isAttrs v then
      (if v ? __toString then jsonString "${v}"
       else if v ? outPath then tomlValue where v.outPath
       else if v == { } then "{}"
       else "{ " + concatStringsSep ", " (mapAttrsToList (n: x: "${tomlKey n} = ${tomlValue "${where}.${tomlKey n}" x}") v) + " }")
    else refuse;

  # The sections of the table at `path` (the top level when [ ]), each a
  # text ending in a newline; `element` when it is one of an array.
  # `where` is the path with the indices of arrays (`a[0].b`), for errors.
  tomlTable = path: where: element: set:
    let
      at = n: if where == "" then tomlKey n else "${where}.${tomlKey n}";
      names = builtins.attrNames set;
      nested = n: isTable set.${n} || isTableArray set.${n};
      inline = builtins.filter (n: !(nested n)) names;
      sub = builtins.filter nested names;
      keys = lib.strings.concatStrings
        (map (n: "${tomlKey n} = ${tomlValue (at n) set.${n}}\n") inline);
      own =
        if path == [ ] then (if keys == "" then [ ] else [ keys ])
        else if element then [ "[[${tomlPath path}]]\n${keys}" ]
        else if keys != "" || sub == [ ] then [ "[${tomlPath path}]\n${keys}" ]
        else [ ];
      children = builtins.concatMap (n:
        let v = set.${n}; in
        if isTable v then tomlTable (path ++ [ n ]) (at n) false v
        else builtins.concatLists
          (lib.lists.imap0 (i: tomlTable (path ++ [ n ]) "${at n}[${toString i}]" true) v)) sub;
    in
    own ++ children;
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

  # `v` as JSON laid out as `jq .` (jq 1.6) lays it out: two spaces of
  # indent per level, `"key": value`, keys in Nix's (sorted) order, `{}`
  # and `[]` when empty, and a final newline. Strings are escaped as jq
  # escapes them (\b \f \n \r \t \" \\ and \u00XX for the other
  # control characters and DEL). A float is written as jq writes a
  # number: the shortest digits that read back as the same float, e.g.
  # 0.1, 1e-05, 1e+100, 15000000000000000, 1 for 1.0; NaN as null and
  # infinities as ±1.7976931348623157e+308. Integers are written exactly.
  # Everything else (paths, derivations, sets with __toString, functions)
  # is written, or refused, as builtins.toJSON does.
  toPrettyJSON = { }: v: prettyJSON "" v + "\n";

  # `set` as a TOML (v1.0) document. In each table the keys whose values
  # are written inline come first, in name order, as `key = value`; then
  # each attribute that is a set becomes a `[table]` section and each
  # list of sets an array of tables (`[[name]]` once per element), in
  # name order, each section after an empty line. A table with no inline
  # keys of its own gets no header when it has sub-tables (TOML makes it
  # implicitly). Keys are bare when made of A-Z a-z 0-9 _ -, quoted
  # otherwise; headers are dotted paths of such keys. Strings are basic
  # strings escaped as in JSON; floats are written as in toPrettyJSON
  # plus ".0" when that looks like an integer (inf, -inf, nan as TOML
  # spells them). Lists are inline (`[1, 2]`), and sets inside them
  # inline tables (`{ a = 1, b = "x" }`). Paths and derivations are
  # written as strings, as builtins.toJSON writes them. TOML has no null:
  # a null (or a function) anywhere is an error naming its key.
  toTOML = { }: set:
    if !(isAttrs set) || isStringLikeSet set then
      throw "generators.toTOML: the value must be an attribute set, not ${showKind set}"
    else concatStringsSep "\n" (tomlTable [ ] "" false set);

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
