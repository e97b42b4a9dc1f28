# The Nix side of tests/hcl/run.py (not a test case itself): comparing
# nomix's values with what HashiCorp's parser (tests/hcl/checker) found.
# Every comparison gives null when the two agree, or where they differ.
{ lib }:

let
  inherit (builtins)
    all attrNames concatStringsSep elem elemAt filter fromJSON genList isAttrs
    isFloat isList isPath length listToAttrs map mapAttrs readFile tryEval;
in
rec {
  # V with every float marked, so that == tells 1 from 1.0.
  typed = v:
    if isFloat v then { __float = v; }
    else if isAttrs v then mapAttrs (_: typed) v
    else if isList v then map typed v
    else v;

  # null if A and B are equal, types included; else the first place where
  # they differ: { path, ours, theirs }.
  diff = a: b: diffAt [ ] (typed a) (typed b);

  diffAt = path: a: b:
    let
      here = { path = concatStringsSep "." path; ours = a; theirs = b; };
      first = lib.lists.findFirst (d: d != null) null;
    in
    if a == b then null
    else if isAttrs a && isAttrs b && !(a ? __float) && !(b ? __float) then
      first (map
        (k:
          if !(a ? ${k}) then { path = concatStringsSep "." (path ++ [ k ]); ours = "(missing)"; theirs = b.${k}; }
          else if !(b ? ${k}) then { path = concatStringsSep "." (path ++ [ k ]); ours = a.${k}; theirs = "(missing)"; }
          else diffAt (path ++ [ k ]) a.${k} b.${k})
        (lib.lists.unique (attrNames a ++ attrNames b)))
    else if isList a && isList b && length a == length b then
      first (genList (i: diffAt (path ++ [ "[${toString i}]" ]) (elemAt a i) (elemAt b i)) (length a))
    else here;

  # fromHCL of the file HCL against the checker's natural form in JSON.
  compareFile = hcl: json: diff (lib.fromHCL (readFile hcl)) (fromJSON (readFile json));

  # What hcl.Decode gives for the text toHCL writes for VALUE (LABELLED as
  # toHCL's `labelled`): every block a list of one map, a list of sets a
  # list of maps (repeated blocks), labelled blocks a list of one-label
  # maps in name order; nulls and empty labelled sets left out.
  decodeForm = labelled:
    let
      isBlocks = v: isAttrs v || (isList v && v != [ ] && all isAttrs v);
      body = s: listToAttrs (map (k: { name = k; value = attr k s.${k}; })
        (filter (k: s.${k} != null && !(elem k labelled && s.${k} == { })) (attrNames s)));
      attr = k: v:
        if isAttrs v then
          (if elem k labelled then map (l: { ${l} = [ (body v.${l}) ]; }) (attrNames v)
           else [ (body v) ])
        else if isBlocks v then map body v
        else element v;
      element = v:
        if isAttrs v then body v
        else if isList v then map element v
        else if isPath v then toString v
        else v;
    in
    body;

  # A toHCL case: the text, and the comparisons of what HashiCorp's parser
  # read in it (DECODE: hcl.Decode's map; NATURAL: the natural form) with
  # what they should be.
  toHCLCase = { options, value, decode, natural }:
    let text = lib.hcl.toHCLWith options value; in
    {
      decode = diff (decodeForm (options.labelled or lib.hcl.labelledBlocks) value) (fromJSON (readFile decode));
      natural = diff (lib.fromHCL text) (fromJSON (readFile natural));
    };

  # The variants in the JSON file TEXTS (a list of HCL texts) against the
  # checker's results in RESULTS: the index and the disagreement of each
  # variant where nomix and HashiCorp's parser disagree.
  compareMany = texts: results:
    let
      ts = fromJSON (readFile texts);
      rs = fromJSON (readFile results);
      one = i:
        let
          r = tryEval (lib.fromHCL (elemAt ts i));
          theirs = elemAt rs i;
        in
        if !r.success && theirs ? error then null
        else if r.success && theirs ? ok then
          (let d = diff r.value theirs.ok; in if d == null then null else { index = i; what = "values differ"; diff = d; })
        # labelled and unlabelled blocks of one name merge here, where
        # hcl.Decode fails ("map must have string keys"); the syntax tree
        # must then agree
        else if r.success && theirs ? tree then
          (let d = diff r.value theirs.tree; in
           if d == null then null else { index = i; what = "values differ (from HashiCorp's syntax tree)"; diff = d; })
        else if r.success then { index = i; what = "nomix accepts, HashiCorp rejects"; theirs = theirs.error; }
        else { index = i; what = "nomix rejects, HashiCorp accepts"; lenient = theirs.lenient; };
    in
    filter (x: x != null) (genList one (length ts));

  # The byte ranges INDEX ([ [ offset length ] … ], in JSON) of the file
  # BLOB (any bytes but NUL) against the checker's results (blob mode):
  # where nomix and HashiCorp's parser disagree on accepting the text.
  compareBlob = blob: index: results:
    let
      bytes = readFile blob;
      idx = fromJSON (readFile index);
      rs = fromJSON (readFile results);
      one = i:
        let
          r = elemAt idx i;
          ok = (tryEval (lib.fromHCL (builtins.substring (elemAt r 0) (elemAt r 1) bytes))).success;
          theirs = elemAt rs i;
        in
        if ok == theirs.ok || (!ok && theirs.lenient or false) then null
        else { index = i; nomix = ok; hashicorp = theirs.ok; };
    in
    filter (x: x != null) (genList one (length idx));
}
