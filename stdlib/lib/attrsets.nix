# Functions on attribute sets.
{ lib }:

let
  inherit (builtins)
    attrNames attrValues catAttrs concatMap elemAt filter foldl' isAttrs length
    listToAttrs mapAttrs removeAttrs;
in
rec {
  # Builtins that nixpkgs offers from here too.
  inherit (builtins)
    attrNames attrValues catAttrs getAttr hasAttr intersectAttrs isAttrs
    listToAttrs mapAttrs removeAttrs;

  ## Paths into nested sets

  # The value at the path of names `attrPath` inside `set`, or `default`
  # where the path does not lead anywhere.
  attrByPath = attrPath: default: set:
    let
      n = length attrPath;
      go = i: v:
        if i == n then v
        else let name = elemAt attrPath i; in
          if isAttrs v && v ? ${name} then go (i + 1) v.${name} else default;
    in
    go 0 set;

  # Whether the path of names `attrPath` leads to a value inside `set`.
  hasAttrByPath = attrPath: set:
    let
      n = length attrPath;
      go = i: v:
        i == n || (let name = elemAt attrPath i; in
          isAttrs v && v ? ${name} && go (i + 1) v.${name});
    in
    go 0 set;

  # The longest start of `attrPath` that leads to a value inside `set`.
  longestValidPathPrefix = attrPath: set:
    let
      n = length attrPath;
      go = i: v:
        if i == n then i
        else let name = elemAt attrPath i; in
          if isAttrs v && v ? ${name} then go (i + 1) v.${name} else i;
    in
    lib.lists.take (go 0 set) attrPath;

  # A nested set holding `value` at the path of names `attrPath`.
  setAttrByPath = attrPath: value:
    lib.lists.foldr (name: inner: { ${name} = inner; }) value attrPath;

  # Like attrByPath, but aborts when the path does not lead anywhere.
  getAttrFromPath = attrPath: set:
    attrByPath attrPath
      (abort "cannot find attribute '${builtins.concatStringsSep "." attrPath}'")
      set;

  # Applies a list of `{ path; update; }` to `set`: each `update` receives
  # the old value at `path` (an error if there was none) and gives the new
  # one. Deeper paths are updated before shallower ones; updates of one
  # path apply in list order; missing intermediate sets are created.
  updateManyAttrsByPath = updates: set:
    let
      showPath = path: if path == [ ] then "<root attribute path>"
        else builtins.concatStringsSep "." path;
      # `exists` tells whether `value` is really there: a missing value is
      # an error when an update reads it, and an empty set to go into.
      go = depth: prefix: exists: value: updates:
        let
          parts = builtins.partition (u: length u.path == depth) updates;
          current =
            if !exists then { }
            else if isAttrs value then value
            else throw "updateManyAttrsByPath: path '${showPath prefix}' needs to hold an attribute set, to update an attribute inside it";
          base =
            if parts.wrong == [ ] then value
            else current // mapAttrs
              (name: us:
                let path = prefix ++ [ name ]; in
                go (depth + 1) path (current ? ${name})
                  (current.${name} or (throw "updateManyAttrsByPath: path '${showPath path}' does not exist"))
                  us)
              (builtins.groupBy (u: elemAt u.path depth) parts.wrong);
        in
        foldl' (v: u: u.update v) base parts.right;
    in
    go 0 [ ] true set updates;

  ## Selecting

  # The values of the names `names` in `set`, in the order of `names`.
  attrVals = names: set: map (name: set.${name}) names;

  # The subset of `set` with the names `names` (all must exist).
  getAttrs = names: set: genAttrs names (name: set.${name});

  # The attributes of `set` for which `pred name value` holds.
  filterAttrs = pred: set:
    removeAttrs set (filter (name: !(pred name set.${name})) (attrNames set));

  # Like filterAttrs, and also inside the kept values that are sets.
  filterAttrsRecursive = pred: set:
    listToAttrs (concatMap
      (name:
        let v = set.${name}; in
        if pred name v then
          [ (nameValuePair name (if isAttrs v then filterAttrsRecursive pred v else v)) ]
        else [ ])
      (attrNames set));

  # `set` with `recurseForDerivations = true`, so that tools descend into it.
  recurseIntoAttrs = set: set // { recurseForDerivations = true; };

  # `set` with `recurseForDerivations = false`.
  dontRecurseIntoAttrs = set: set // { recurseForDerivations = false; };

  # Whether every attribute of `pattern` is in `set` with an equal value,
  # where nested sets of `pattern` are matched the same way.
  matchAttrs = pattern: set:
    if !(isAttrs pattern) then throw "matchAttrs: the pattern must be an attribute set"
    else builtins.all
      (name:
        set ? ${name} && (
          let p = pattern.${name}; v = set.${name}; in
          if isAttrs p then isAttrs v && matchAttrs p v else p == v))
      (attrNames pattern);

  # `old` with the values of `new` for the names both have.
  overrideExisting = old: new: old // builtins.intersectAttrs old new;

  # The union of two sets that must not share names; the value of a shared
  # name throws when it is used.
  unionOfDisjoint = x: y:
    let
      shared = builtins.intersectAttrs x y;
      names = builtins.concatStringsSep " " (attrNames shared);
    in
    x // y // mapAttrs
      (name: _: throw "unionOfDisjoint: collision on ${name}; complete list: ${names}")
      shared;

  ## Folding and collecting

  # Left fold over the attributes of `set` in name order:
  # `f acc name value` for each.
  foldlAttrs = f: init: set:
    foldl' (acc: name: f acc name set.${name}) init (attrNames set);

  # Folds the values of each name over a list of sets, from the right:
  # `op value acc`, starting from `nul`.
  foldAttrs = op: nul: sets:
    lib.lists.foldr
      (set: acc: acc // mapAttrs (name: v: op v (acc.${name} or nul)) set)
      { }
      sets;

  # The values (at any depth) for which `pred` holds, not descending into
  # them; the set itself is a candidate too.
  collect = pred: v:
    if pred v then [ v ]
    else if isAttrs v then concatMap (collect pred) (attrValues v)
    else [ ];

  # Every set choosing one element from each list of `attrsOfLists`.
  cartesianProduct = attrsOfLists:
    foldl'
      (partials: name:
        concatMap (p: map (x: p // { ${name} = x; }) attrsOfLists.${name}) partials)
      [ { } ]
      (attrNames attrsOfLists);

  # The old name of cartesianProduct.
  cartesianProductOfSets = cartesianProduct;

  # `f` applied to each set of the cartesian product of `attrsOfLists`.
  mapCartesianProduct = f: attrsOfLists: map f (cartesianProduct attrsOfLists);

  ## Building and mapping

  # `{ name = name; value = value; }`, the element listToAttrs expects.
  nameValuePair = name: value: { inherit name value; };

  # A set with one attribute per name of `names`, valued `f name`.
  genAttrs = names: f: listToAttrs (map (name: nameValuePair name (f name)) names);

  # Maps each attribute to a new name/value pair with `f name value`.
  mapAttrs' = f: set: listToAttrs (map (name: f name set.${name}) (attrNames set));

  # The list of `f name value` for the attributes of `set`, in name order.
  mapAttrsToList = f: set: map (name: f name set.${name}) (attrNames set);

  # The attributes of `set` as a list of name/value pairs, in name order.
  attrsToList = mapAttrsToList nameValuePair;

  # Merges the sets `f name value` made from each attribute of `set`.
  concatMapAttrs = f: set: mergeAttrsList (mapAttrsToList f set);

  # Maps `f path value` over the leaves of nested sets, where `path` is the
  # list of names leading to the leaf.
  mapAttrsRecursive = mapAttrsRecursiveCond (_: true);

  # Like mapAttrsRecursive, but only descends into the sets for which
  # `cond set` holds; the others are treated as leaves.
  mapAttrsRecursiveCond = cond: f: set:
    let
      go = path: s: mapAttrs
        (name: v:
          let p = path ++ [ name ]; in
          if isAttrs v && cond v then go p v else f p v)
        s;
    in
    go [ ] set;

  # `set` when `cond` holds, else the empty set.
  optionalAttrs = cond: set: if cond then set else { };

  # Merges a list of sets, later ones winning.
  mergeAttrsList = sets:
    let
      # The merge of `n` sets from index `start`, halving to keep it shallow.
      go = start: n:
        if n == 0 then { }
        else if n == 1 then elemAt sets start
        else let half = n / 2; in go start half // go (start + half) (n - half);
    in
    go 0 (length sets);

  ## Zipping

  # For each name of `names`: `f name values`, the values being that
  # attribute in each set of `sets` that has it.
  zipAttrsWithNames = names: f: sets:
    listToAttrs (map (name: nameValuePair name (f name (catAttrs name sets))) names);

  # For each name in any set of `sets`: `f name values`, the values being
  # that attribute in each set that has it, in list order.
  zipAttrsWith = builtins.zipAttrsWith or (f: sets:
    zipAttrsWithNames (lib.lists.unique (concatMap attrNames sets)) f sets);

  # For each name in any set of `sets`: the list of its values.
  zipAttrs = zipAttrsWith (_: values: values);

  # The old name of zipAttrsWithNames.
  zipWithNames = zipAttrsWithNames;

  # The old name of zipAttrsWith.
  zip = zipAttrsWith;

  ## Recursive update

  # Merges `rhs` into `lhs`, descending into a name both sets have unless
  # `pred path lhsValue rhsValue` holds, in which case `rhs` wins there.
  recursiveUpdateUntil = pred: lhs: rhs:
    let
      go = path: l: r:
        l // mapAttrs
          (name: rv:
            let p = path ++ [ name ]; in
            if l ? ${name} && !(pred p l.${name} rv) then go p l.${name} rv else rv)
          r;
    in
    go [ ] lhs rhs;

  # Merges `rhs` into `lhs`, descending wherever both hold a set.
  recursiveUpdate = recursiveUpdateUntil (_: l: r: !(isAttrs l && isAttrs r));

  ## Derivations

  # Whether `v` is a derivation (a set whose `type` is "derivation").
  isDerivation = v: isAttrs v && (v.type or null) == "derivation";

  # The output `output` of a package, unless the package already names a
  # particular output; `out`, then the package itself, where it lacks one.
  getOutput = output: pkg:
    if pkg.outputSpecified or false then pkg
    else pkg.${output} or pkg.out or pkg;

  # The `bin` output of a package (see getOutput).
  getBin = getOutput "bin";

  # The `lib` output of a package (see getOutput).
  getLib = getOutput "lib";

  # The `dev` output of a package (see getOutput).
  getDev = getOutput "dev";

  # The `man` output of a package (see getOutput).
  getMan = getOutput "man";

  # The `dev` outputs of a list of packages.
  chooseDevOutputs = map getDev;

  ## Showing

  # An attribute path as Nix would write it, e.g. `a."b c".d`.
  showAttrPath = path:
    if path == [ ] then "<root attribute path>"
    else builtins.concatStringsSep "." (map lib.strings.escapeNixIdentifier path);
}
