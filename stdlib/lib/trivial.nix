# Small general helpers: combinators, booleans, numbers, warnings and
# errors, and looking into functions.
{ lib }:

let
  inherit (builtins) isString isInt trace getEnv;
in
rec {
  # Builtins that nixpkgs offers from here too.
  inherit (builtins)
    add sub lessThan seq deepSeq isBool isInt isFloat
    pathExists readFile genericClosure bitAnd bitOr bitXor;

  ## Combinators

  # Returns its argument unchanged.
  id = x: x;

  # A function that ignores its argument and always gives `x`.
  const = x: _: x;

  # Calls `f` with its two arguments swapped.
  flip = f: a: b: f b a;

  # Passes `value` through each function of `fns`, first to last.
  pipe = value: fns: builtins.foldl' (acc: f: f acc) value fns;

  # `f x`, or null when `x` is null.
  mapNullable = f: x: if x == null then null else f x;

  # `value`, or `default` when `value` is null.
  defaultTo = default: value: if value == null then default else value;

  ## Operators as functions

  # The two lists one after the other.
  concat = xs: ys: xs ++ ys;

  # Boolean disjunction.
  or = a: b: a || b;

  # Boolean conjunction.
  and = a: b: a && b;

  # True when exactly one of the two booleans is true.
  xor = a: b: (!a) != (!b);

  # Bitwise complement of an integer.
  bitNot = n: -1 - n;

  # The union of two attribute sets, the second one winning.
  mergeAttrs = a: b: a // b;

  # "true" or "false".
  boolToString = b: if b then "true" else "false";

  # "yes" or "no".
  boolToYesNo = b: if b then "yes" else "no";

  ## Numbers

  # The smaller of two values.
  min = a: b: if a < b then a else b;

  # The larger of two values.
  max = a: b: if a > b then a else b;

  # Remainder of integer division, with the sign of the dividend (like C's %).
  mod = base: divisor: base - divisor * (builtins.div base divisor);

  # -1, 0 or 1 as `a` is less than, equal to or greater than `b`.
  compare = a: b: if a < b then -1 else if a > b then 1 else 0;

  # Orders the values satisfying `p` before the others; two values on the
  # same side are compared with `yes` (both satisfy `p`) or `no` (neither).
  splitByAndCompare = p: yes: no: a: b:
    let pa = p a; pb = p b; in
    if pa && pb then yes a b
    else if pa then -1
    else if pb then 1
    else no a b;

  # The digits of the non-negative integer `n` in base `base`, most
  # significant first.
  toBaseDigits = base: n:
    let
      go = n: acc:
        let acc' = [ (n - base * (n / base)) ] ++ acc; in
        if n < base then acc' else go (n / base) acc';
    in
    if !(isInt base) || base < 2 then
      throw "toBaseDigits: the base must be an integer of at least 2"
    else if !(isInt n) || n < 0 then
      throw "toBaseDigits: the number must be a non-negative integer"
    else go n [ ];

  # The upper-case hexadecimal form of a non-negative integer.
  toHexString = n:
    builtins.concatStringsSep ""
      (map (d: builtins.substring d 1 "0123456789ABCDEF") (toBaseDigits 16 n));

  # The integer a hexadecimal string denotes; "0x" in front and either
  # letter case are accepted.
  fromHexString = str:
    let
      lower = lib.strings.toLower str;
      digits = lib.strings.removePrefix "0x" lower;
      value = c:
        let i = lib.lists.findFirstIndex (d: d == c) null
          (lib.strings.stringToCharacters "0123456789abcdef");
        in if i == null then throw "fromHexString: ${builtins.toJSON str} is not a hexadecimal number" else i;
    in
    if digits == "" then throw "fromHexString: ${builtins.toJSON str} is not a hexadecimal number"
    else builtins.foldl' (acc: c: acc * 16 + value c) 0
      (lib.strings.stringToCharacters digits);

  ## Releases

  # The nixpkgs release whose lib this one follows, and the oldest release
  # that code written against it still supports (as YYMM numbers), for
  # code that checks them (mkRenamedOptionModuleWith does).
  release = "25.05";
  oldestSupportedRelease = 2505;

  # Whether RELEASE (YYMM) is at or before the oldest supported release.
  oldestSupportedReleaseIsAtLeast = release: release <= oldestSupportedRelease;
  isInOldestRelease = oldestSupportedReleaseIsAtLeast;

  ## Warnings and errors

  # Prints `msg` as a warning, then returns `value`. With NIX_ABORT_ON_WARN
  # set to 1, true or yes in the environment, the warning aborts evaluation.
  warn = msg: value:
    if !(isString msg) then throw "warn: the message must be a string"
    else if builtins.elem (getEnv "NIX_ABORT_ON_WARN") [ "1" "true" "yes" ] then
      trace "evaluation warning: ${msg}"
        (abort "NIX_ABORT_ON_WARN=true; warnings are treated as unrecoverable errors.")
    else trace "evaluation warning: ${msg}" value;

  # Warns with `msg` when `cond` holds; then returns the next argument.
  warnIf = cond: msg: if cond then warn msg else id;

  # Warns with `msg` unless `cond` holds; then returns the next argument.
  warnIfNot = cond: msg: if cond then id else warn msg;

  # Throws `msg` when `cond` holds; otherwise returns the next argument.
  throwIf = cond: msg: if cond then throw msg else id;

  # Throws `msg` unless `cond` holds; otherwise returns the next argument.
  throwIfNot = cond: msg: if cond then id else throw msg;

  # Throws unless every element of `given` is in `valid`; otherwise
  # returns the next argument. `msg` starts the error message.
  checkListOfEnum = msg: valid: given:
    let
      bad = builtins.filter (x: !(builtins.elem x valid)) given;
      show = xs: builtins.concatStringsSep ", " (map toString xs);
    in
    throwIfNot (bad == [ ])
      "${msg}: ${show bad} unexpected; valid ones: ${show valid}";

  # Prints `msg` as information, then returns the next argument.
  info = msg: trace "INFO: ${msg}";

  # Prints each warning of the list, in order, then returns `value`.
  showWarnings = warnings: value: lib.lists.foldr warn value warnings;

  ## Files

  # The value of a JSON file.
  importJSON = path: builtins.fromJSON (builtins.readFile path);

  # The value of a TOML file.
  importTOML = path: builtins.fromTOML (builtins.readFile path);

  ## Environment

  # Whether evaluation runs inside nix-shell.
  inNixShell = getEnv "IN_NIX_SHELL" != "";

  # Whether evaluation is pure (no access to the current system).
  inPureEvalMode = !(builtins ? currentSystem);

  ## Functions

  # `f` as a callable attribute set that reports `args` as its formal
  # arguments (name -> whether it has a default).
  setFunctionArgs = f: args: { __functor = _: f; __functionArgs = args; };

  # The formal arguments of a function or functor: name -> has a default.
  functionArgs = f:
    if f ? __functor then f.__functionArgs or (functionArgs (f.__functor f))
    else builtins.functionArgs f;

  # Whether `f` can be called: a function, or a set with a `__functor`.
  isFunction = f:
    builtins.isFunction f || (f ? __functor && isFunction (f.__functor f));

  # Makes the next function argument report the formal arguments of `f`.
  mirrorFunctionArgs = f: let args = functionArgs f; in g: setFunctionArgs g args;

  # `v` if it is a function, else a function that always returns `v`.
  toFunction = v: if isFunction v then v else _: v;
}
