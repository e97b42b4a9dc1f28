# HCL, version 1: the language of Nomad's agent configuration files.
# `fromHCL` reads it into natural Nix data, `toHCL` writes Nix data as a
# person writes Nomad's configuration.
#
# fromHCL text (nomix only; stdlib/hcl.c has the details):
#   client { enabled = true }   gives  { client = { enabled = true; }; }
#   plugin "docker" { … }       gives  { plugin = { docker = { … }; }; }
#   Blocks and objects of one name merge (different labels side by side,
#   repeated names merged again; HCL 1's decoder would list them), lists
#   given twice are concatenated and for other values given twice the
#   last one wins (as HCL 1's decoder does). Syntax errors throw (tryEval
#   catches them) with the line and column in the text. So a list of sets,
#   which toHCL writes as repeated blocks, reads back as one merged set.
#
# toHCL value: `value` must be a set; it is written as the body of a file:
#   - a string, number, boolean or path, or a list without sets in it,
#     is an attribute `key = value`;
#   - a set is a block `key { … }`;
#   - a non-empty list of sets is one block `key { … }` per element, in
#     order (HCL 1 reads repeated blocks as a list);
#   - a set under a name in `labelled` (Nomad's labelled blocks: plugin,
#     host_volume, host_network, and audit's sink and filter, keyring) is
#     one labelled block per attribute, `plugin "docker" { … }`; each of
#     its values must be a set, and an empty set writes nothing;
#   - null attributes are left out (HCL has no null); null in a list is an
#     error, as are functions;
#   - a list that holds sets, anywhere else, is written with HCL's object
#     syntax, one element per line: `key = [ { … }, … ]`.
# Attributes come first, their `=` aligned, then blocks, each block after
# an empty line; names are sorted; indentation is two spaces; the text ends
# with a newline (an empty set gives "").
#
# Names that are not identifiers ([A-Za-z_][A-Za-z0-9_-]*, not true or
# false) are quoted, as labels always are. Strings are quoted with \\, \",
# \n, \r, \t and \u00XX for other control characters; `${` and `%{` are
# written `\u0024{` and `\u0025{`, which HCL 1 (and HCL 2) read back as
# the two characters themselves (HCL 2's `$${` would be read by HCL 1 as
# two dollars). A multi-line string that
# ends with a newline is written as a heredoc `<<EOF` … `EOF` (at the
# start of the line) when it is plain text (no `${`, `%{`, control
# characters, or a line that is only EOF). Floats are written so that
# they read back as the same float: with the 6 significant digits Nix
# prints when those are exact, else with 15, 16 or 17 (and always a '.'
# or an exponent, so that they stay floats); inf and nan are errors.
{ lib }:

let
  inherit (builtins)
    all any attrNames concatLists concatStringsSep elem filter fromJSON genList
    isAttrs isBool isFloat isFunction isInt isList isPath isString length map
    match split stringLength substring toJSON typeOf;
  inherit (lib.strings) concatStrings hasInfix hasSuffix replaceStrings;

  # Control characters other than \n, \r and \t, with their escapes.
  hexDigit = n: substring n 1 "0123456789abcdef";
  controlCodes = filter (n: n != 9 && n != 10 && n != 13) (genList (n: n + 1) 31 ++ [ 127 ]);
  controlEscapes = map (n: "\\u00" + hexDigit (n / 16) + hexDigit (lib.trivial.mod n 16)) controlCodes;
  controlChars = map (e: fromJSON "\"${e}\"") controlEscapes;

  # A string in double quotes, escaped for HCL.
  quote = s:
    "\"" + replaceStrings
      ([ "\\" "\"" "\n" "\r" "\t" "\${" "%{" ] ++ controlChars)
      ([ "\\\\" "\\\"" "\\n" "\\r" "\\t" "\\u0024{" "\\u0025{" ] ++ controlEscapes)
      s + "\"";

  # A name as HCL writes it: bare if it is an identifier, else quoted.
  name = k:
    if match "[A-Za-z_][A-Za-z0-9_-]*" k != null && k != "true" && k != "false" then k
    else quote k;

  # Whether a string can be a heredoc: several lines ending with a newline,
  # plain text, and no line that would end the heredoc early.
  heredocOK = s:
    hasInfix "\n" s && hasSuffix "\n" s
    && !(any (c: hasInfix c s) ([ "\r" "\${" "%{" ] ++ controlChars))
    && !(any (line: isString line && match "[ \t]*EOF" line != null) (split "\n" s));

  # "client.host_volume.media", for messages.
  showPath = path: if path == [ ] then "the value" else concatStringsSep "." path;

  # A float as text that reads back as the same float, with a '.' or an
  # exponent. Nix prints floats with 6 significant digits (toJSON); when
  # that is not exact, 15, 16 or 17 digits are computed (m * 10^-k, m an
  # integer), each candidate checked by reading it back with fromJSON.
  showFloat = path: x:
    let
      short = toJSON x;
      withPoint = s: if match ".*[.e].*" s != null then s else s + ".0";
      a = if x < 0 then -x else x;
      sign = if x < 0 then "-" else "";
      # 10^n as a float (exact up to 10^22, within a few ulps beyond)
      pow10 = n:
        if n < -300 then pow10 (n + 300) / 1.0e300
        else if n < 0 then 1.0 / pow10 (-n)
        else if n > 22 then 1.0e22 * pow10 (n - 22)
        else if n == 0 then 1.0
        else 10.0 * pow10 (n - 1);
      # the decimal exponent of a: 10^e <= a < 10^(e+1), give or take one
      exp10 =
        let go = e: step:
          if step > 700 then e
          else if pow10 (e + 1) <= a then go (e + 1) (step + 1)
          else if pow10 e > a then go (e - 1) (step + 1)
          else e;
        in go 0 0;
      zeros = n: concatStrings (genList (_: "0") n);
      # the text of m * 10^-k (m a positive integer)
      format = m: k:
        let
          digits = toString m;
          n = stringLength digits;
          e = n - 1 - k;
          trimmed = let t = match "(.*[^0])0*" digits; in if t == null then "0" else builtins.head t;
          frac = s: let t = match "(.*[^0])0*" s; in if t == null then "0" else builtins.head t;
        in
        if e < -5 || e >= 21 then
          sign + substring 0 1 trimmed + "." + frac (substring 1 (n - 1) trimmed + "0") + "e" + toString e
        else if k <= 0 then sign + digits + zeros (-k) + ".0"
        else if k < n then sign + substring 0 (n - k) digits + "." + frac (substring (n - k) k digits)
        else sign + "0." + frac (zeros (k - n) + digits);
      attempt = p: d:
        let
          k = p - 1 - exp10;
          scaled = if k > 300 then a * 1.0e300 * pow10 (k - 300) else a * pow10 k;
          m = builtins.floor (scaled + 0.5) + d;
          text = format m k;
          digits = toString m;
          # beyond the largest float, fromJSON would fail rather than say no
          e = stringLength digits - 1 - k;
          tooBig = e > 308 || (e == 308 && digits > substring 0 (stringLength digits) "17976931348623157");
        in
        if m > 0 && !tooBig && fromJSON text == x then text else null;
      tries = [ (attempt 15 0) (attempt 16 0) ]
        ++ concatLists (genList (i: [ (attempt 17 i) (attempt 17 (-i)) ]) 21);
      precise = lib.lists.findFirst (t: t != null)
        (throw "toHCL: ${showPath path}: cannot write the float ${short} exactly")
        tries;
    in
    if x - x != 0.0 then throw "toHCL: ${showPath path} is ${short}, which HCL cannot hold"
    else if fromJSON short == x then withPoint short
    else precise;

  # A value that is neither a set nor a list.
  scalar = path: v:
    if isString v then quote v
    else if isInt v then toString v
    else if isFloat v then showFloat path v
    else if isBool v then (if v then "true" else "false")
    else if isPath v then quote (toString v)
    else if v == null then throw "toHCL: ${showPath path} is null, which HCL cannot hold in a list"
    else if isFunction v then throw "toHCL: ${showPath path} is a function, which HCL cannot hold"
    else throw "toHCL: ${showPath path} is a ${typeOf v}, which HCL cannot hold";

  # Whether a value has a set anywhere inside.
  hasSet = v: isAttrs v || (isList v && any hasSet v);

  # Whether an attribute's value is written as blocks.
  isBlocks = v: isAttrs v || (isList v && v != [ ] && all isAttrs v);
in
rec {
  # fromHCL text: the HCL text as a set (nomix only).
  fromHCL = with { __nomixFromHCL = _: throw "fromHCL needs nomix"; }; __nomixFromHCL;

  # The names toHCL writes as labelled blocks unless told otherwise:
  # Nomad's agent configuration blocks that take a name.
  labelledBlocks = [ "filter" "host_network" "host_volume" "keyring" "plugin" "sink" ];

  # toHCLWith { labelled ? labelledBlocks } value: the set `value` as the
  # text of an HCL file (see the top of this file).
  toHCLWith = { labelled ? labelledBlocks }: value:
    let
      # The body of set S, each line indented by IND.
      body = ind: path: s:
        let
          names = filter (k: s.${k} != null) (attrNames s);
          attrs = filter (k: !(isBlocks s.${k})) names;
          blockNames = filter (k: isBlocks s.${k}) names;
          width = lib.lists.foldl' (w: k: lib.trivial.max w (stringLength (name k))) 0 attrs;
          pad = t: t + concatStrings (genList (_: " ") (width - stringLength t));
          attrLine = k:
            ind + pad (name k) + " = " + attrValue ind (path ++ [ k ]) s.${k} + "\n";
          attrText = concatStrings (map attrLine attrs);
          blockTexts = concatLists (map (k: blocks ind (path ++ [ k ]) k s.${k}) blockNames);
        in
        concatStringsSep "\n" ((if attrText == "" then [ ] else [ attrText ]) ++ blockTexts);

      # `{` body `}` and a newline.
      braces = ind: path: s:
        let inner = body (ind + "  ") path s; in
        if inner == "" then "{}\n" else "{\n" + inner + ind + "}\n";

      # The blocks of attribute K with value V, each one text.
      blocks = ind: path: k: v:
        if isList v then
          lib.lists.imap0 (i: e: ind + name k + " " + braces ind (path ++ [ "${toString i}" ]) e) v
        else if elem k labelled then
          map
            (l:
              if isAttrs v.${l} then ind + name k + " " + quote l + " " + braces ind (path ++ [ l ]) v.${l}
              else throw "toHCL: ${showPath path} is written as labelled blocks (${k} \"NAME\" { … }), so each of its attributes must be a set, but ${l} is a ${typeOf v.${l}}")
            (attrNames v)
        else [ (ind + name k + " " + braces ind path v) ];

      # The value of an attribute (a heredoc allowed).
      attrValue = ind: path: v:
        if isString v && heredocOK v then "<<EOF\n" + v + "EOF"
        else element ind path v;

      # A value inside an attribute or a list.
      element = ind: path: v:
        if isList v then
          (if v == [ ] then "[]"
           else if !(hasSet v) then
             "[" + concatStringsSep ", " (lib.lists.imap0 (i: e: element ind (path ++ [ "${toString i}" ]) e) v) + "]"
           else
             let inner = ind + "  "; in
             "[\n" + concatStrings (lib.lists.imap0
               (i: e: inner + element inner (path ++ [ "${toString i}" ]) e + ",\n") v)
             + ind + "]")
        else if isAttrs v then
          (let inner = body (ind + "  ") path v; in
           if inner == "" then "{}" else "{\n" + inner + ind + "}")
        else scalar path v;
    in
    if !(isAttrs value) then throw "toHCL: the value must be a set (the body of an HCL file), not a ${typeOf value}"
    else body "" [ ] value;

  # toHCL value: as toHCLWith with Nomad's labelled blocks.
  toHCL = toHCLWith { };
}
