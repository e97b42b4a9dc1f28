# Properties: the wrappers a definition can carry (mkIf, mkMerge,
# mkOverride and its named priorities, mkOrder), and the steps that remove
# them when definitions are merged.
#
# A property is a set tagged with `_type`. Conditions and merges are
# resolved first (dischargeProperties), then only the definitions with the
# best override priority survive (filterOverrides), then mkOrder sorts
# what is left (sortProperties). Around an attribute set, properties are
# pushed down onto each attribute (pushDownProperties), so
# `mkIf c { a = 1; b = 2; }` means `{ a = mkIf c 1; b = mkIf c 2; }`.
{ lib }:

let
  inherit (builtins) concatMap filter foldl' isBool mapAttrs sort;
in
rec {
  ## Constructors

  # `content` counts only where `condition` is true.
  mkIf = condition: content: { _type = "if"; inherit condition content; };

  # Several definitions given in one place.
  mkMerge = contents: { _type = "merge"; inherit contents; };

  # `content` with an override priority: of all definitions of an option,
  # only those with the lowest number count.
  mkOverride = priority: content: { _type = "override"; inherit priority content; };

  # The priority of a plain definition.
  defaultOverridePriority = 100;
  defaultPriority = defaultOverridePriority;

  mkOptionDefault = mkOverride 1500; # what an option's `default` becomes
  mkDefault = mkOverride 1000;
  mkImageMediaOverride = mkOverride 60;
  mkForce = mkOverride 50;
  mkVMOverride = mkOverride 10;

  # Strictness helper kept for compatibility: the identity.
  mkFixStrictness = lib.trivial.id;

  # Where `content` goes among the definitions of a list or string option:
  # lower numbers first, equal numbers in definition order.
  mkOrder = priority: content: { _type = "order"; inherit priority content; };
  defaultOrderPriority = 1000;
  mkBefore = mkOrder 500;
  mkAfter = mkOrder 1500;

  ## Resolution

  # The definitions that a definition with properties stands for, with
  # mkMerge flattened and mkIf decided.
  dischargeProperties = dischargePropertiesAt null;

  # The same, with errors reported at POS (where the definition is).
  dischargePropertiesAt = pos: def:
    let type = def._type or ""; in
    if type == "merge" then concatMap (dischargePropertiesAt pos) def.contents
    else if type == "if" then
      if !isBool def.condition then lib.options.throwAt pos "‘mkIf’ called with a non-Boolean condition"
      else if def.condition then dischargePropertiesAt pos def.content
      else [ ]
    else [ def ];

  # An attribute set definition with its properties moved onto each
  # attribute; the result is a list of plain attribute sets.
  pushDownProperties = cfg:
    let type = cfg._type or ""; in
    if type == "merge" then concatMap pushDownProperties cfg.contents
    else if type == "if" then
      map (mapAttrs (_: v: mkIf cfg.condition v)) (pushDownProperties cfg.content)
    else if type == "override" then
      map (mapAttrs (_: v: mkOverride cfg.priority v)) (pushDownProperties cfg.content)
    else [ cfg ];

  # Keeps the definitions ({ file, value }) with the best (lowest) override
  # priority, unwrapped: { values; highestPrio; }.
  filterOverrides' = defs:
    if builtins.length defs == 1 then
      let def = builtins.head defs; overridden = (def.value._type or "") == "override"; in
      {
        values = [ (if overridden then def // { value = def.value.content; } else def) ];
        highestPrio = if overridden then def.value.priority else defaultOverridePriority;
      }
    else
    let
      prioOf = def:
        if (def.value._type or "") == "override" then def.value.priority
        else defaultOverridePriority;
      highestPrio = foldl' (best: def: lib.trivial.min best (prioOf def)) 9999 defs;
      unwrap = def:
        if (def.value._type or "") == "override" then def // { value = def.value.content; }
        else def;
    in
    {
      values = map unwrap (filter (def: prioOf def == highestPrio) defs);
      inherit highestPrio;
    };

  filterOverrides = defs: (filterOverrides' defs).values;

  # Orders definitions by their mkOrder priority (stable), unwrapped.
  sortProperties = defs:
    let
      unwrap = def:
        if (def.value._type or "") == "order" then
          def // { value = def.value.content; inherit (def.value) priority; }
        else def;
      before = a: b: (a.priority or defaultOrderPriority) < (b.priority or defaultOrderPriority);
    in
    sort before (map unwrap defs);
}
