# Functions on lists.
{ lib }:

let
  inherit (builtins)
    any concatMap elem elemAt filter genList head isList length sort;
in
rec {
  # Builtins that nixpkgs offers from here too.
  inherit (builtins)
    all any concatLists concatMap elem elemAt filter genList head isList
    length map partition sort tail;

  ## Building

  # The list holding just `x`.
  singleton = x: [ x ];

  # `map` with its arguments swapped: `forEach list f`.
  forEach = list: f: map f list;

  # `[ x ]` when `cond` holds, else `[ ]`.
  optional = cond: x: if cond then [ x ] else [ ];

  # `xs` when `cond` holds, else `[ ]`.
  optionals = cond: xs: if cond then xs else [ ];

  # `x` if it is a list, else the list holding just `x`.
  toList = x: if isList x then x else [ x ];

  # The integers from `first` to `last`, both included.
  range = first: last:
    if first > last then [ ] else genList (i: first + i) (last - first + 1);

  # The list of `n` times `x`.
  replicate = n: x: genList (_: x) n;

  ## Folding

  # Right fold: `foldr op nul [ a b c ] == op a (op b (op c nul))`.
  foldr = op: nul: list:
    let
      n = length list;
      go = i: if i == n then nul else op (elemAt list i) (go (i + 1));
    in
    go 0;

  # The old name of foldr.
  fold = foldr;

  # Left fold: `foldl op nul [ a b c ] == op (op (op nul a) b) c`.
  foldl = op: nul: list:
    let go = i: if i < 0 then nul else op (go (i - 1)) (elemAt list i);
    in go (length list - 1);

  # Strict left fold: each intermediate value is evaluated (shallowly),
  # the initial one included.
  foldl' = op: nul: list: builtins.seq nul (builtins.foldl' op nul list);

  ## Indexed variants

  # `map` where `f` also receives the index, counting from 0.
  imap0 = f: list: genList (i: f i (elemAt list i)) (length list);

  # `map` where `f` also receives the index, counting from 1.
  imap1 = f: list: genList (i: f (i + 1) (elemAt list i)) (length list);

  # `filter` where `pred` also receives the index, counting from 0.
  ifilter0 = pred: list:
    map (i: elemAt list i)
      (filter (i: pred i (elemAt list i)) (genList (i: i) (length list)));

  ## Searching

  # The single element satisfying `pred`; `default` when there is none,
  # `multiple` when there are several.
  findSingle = pred: default: multiple: list:
    let found = filter pred list; n = length found; in
    if n == 0 then default else if n == 1 then head found else multiple;

  # The index of the first element satisfying `pred`, or `default`.
  findFirstIndex = pred: default: list:
    let
      n = length list;
      go = i: if i == n then default else if pred (elemAt list i) then i else go (i + 1);
    in
    go 0;

  # The first element satisfying `pred`, or `default`.
  findFirst = pred: default: list:
    let i = findFirstIndex pred null list; in
    if i == null then default else elemAt list i;

  # How many elements satisfy `pred`.
  count = pred: builtins.foldl' (n: x: if pred x then n + 1 else n) 0;

  # `list` without the elements equal to `x`.
  remove = x: filter (y: y != x);

  # The last element; throws on an empty list.
  last = list:
    if list == [ ] then throw "lists.last: list must not be empty!"
    else elemAt list (length list - 1);

  # All elements but the last; throws on an empty list.
  init = list:
    if list == [ ] then throw "lists.init: list must not be empty!"
    else take (length list - 1) list;

  ## Flattening and grouping

  # The non-list elements of nested lists, in order; a non-list `x` gives `[ x ]`.
  flatten = x: if isList x then concatMap flatten x else [ x ];

  # Groups the elements into a set by the name `pred x`, each group in list
  # order.
  groupBy = builtins.groupBy or (pred: list:
    builtins.foldl' (acc: x: let k = pred x; in acc // { ${k} = (acc.${k} or [ ]) ++ [ x ]; }) { } list);

  # Groups like groupBy, then folds each group with `foldl op nul`.
  groupBy' = op: nul: pred: list:
    builtins.mapAttrs (_: foldl op nul) (groupBy pred list);

  # The elements of `list` without repeats, keeping first occurrences.
  unique = builtins.foldl' (acc: x: if elem x acc then acc else acc ++ [ x ]) [ ];

  # Whether no element occurs twice.
  allUnique = list: length (unique list) == length list;

  ## Combining lists

  # `[ (f a1 b1) (f a2 b2) … ]`, as long as the shorter list.
  zipListsWith = f: xs: ys:
    genList (i: f (elemAt xs i) (elemAt ys i))
      (lib.trivial.min (length xs) (length ys));

  # `[ { fst = a1; snd = b1; } … ]`, as long as the shorter list.
  zipLists = zipListsWith (fst: snd: { inherit fst snd; });

  # `f` applied to each combination of one element from each list of `lists`.
  crossLists = f: lists:
    builtins.foldl' (fs: xs: concatMap (g: map g xs) fs) [ f ] lists;

  # The elements of `list` that are also in `other`, in `list`'s order.
  # (Called as `intersectLists other list`.)
  intersectLists = other: filter (x: elem x other);

  # The elements of `list` that are not in `other` (`subtractLists other list`).
  subtractLists = other: filter (x: !(elem x other));

  # Whether the two lists have no element in common.
  mutuallyExclusive = a: b: !(any (x: elem x a) b);

  ## Order

  # The elements in reverse order.
  reverseList = list:
    let n = length list; in genList (i: elemAt list (n - 1 - i)) n;

  # Sorts by the key `f x`, computing each key once; equal keys keep
  # their order.
  sortOn = f: list:
    map (p: p.value)
      (sort (a: b: a.key < b.key) (map (x: { key = f x; value = x; }) list));

  # Compares two lists element by element with `cmp` (giving -1, 0 or 1);
  # a list that is a prefix of the other is smaller.
  compareLists = cmp: a: b:
    let
      la = length a;
      lb = length b;
      go = i:
        if i == la then (if i == lb then 0 else -1)
        else if i == lb then 1
        else let c = cmp (elemAt a i) (elemAt b i); in
          if c == 0 then go (i + 1) else c;
    in
    go 0;

  # Sorts strings so that runs of digits compare as numbers
  # ("disk8" before "disk11").
  naturalSort = strings:
    let
      # The string cut into text and numbers; the numbers are the maximal
      # runs of digits not starting with 0, or a single 0.
      key = s: map (c: if isList c then lib.strings.toInt (head c) else c)
        (builtins.split "(0|[1-9][0-9]*)" s);
      keyed = map (s: { key = key s; value = s; }) strings;
    in
    map (p: p.value)
      (sort (a: b: compareLists lib.trivial.compare a.key b.key < 0) keyed);

  ## Slicing

  # The `count` elements of `list` from index `start` (fewer at the end).
  sublist = start: count: list:
    let
      n = length list;
      size = if start >= n then 0 else if start + count > n then n - start else count;
    in
    genList (i: elemAt list (start + i)) size;

  # The first `n` elements.
  take = n: sublist 0 n;

  # All but the first `n` elements.
  drop = n: list: sublist n (length list) list;

  # All but the last `n` elements.
  dropEnd = n: list: take (lib.trivial.max 0 (length list - n)) list;

  # Whether `prefix` is the start of `list`.
  hasPrefix = prefix: list: take (length prefix) list == prefix;

  # `list` without its start `prefix`; throws if `prefix` is not its start.
  removePrefix = prefix: list:
    if hasPrefix prefix list then drop (length prefix) list
    else throw "lib.lists.removePrefix: First argument is not a list prefix of the second argument";

  # The longest start the two lists have in common.
  commonPrefix = a: b:
    let
      n = lib.trivial.min (length a) (length b);
      same = findFirstIndex (i: elemAt a i != elemAt b i) n (genList (i: i) n);
    in
    take same a;
}
