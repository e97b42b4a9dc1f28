# NaN from fromTOML is written as bare nan / -nan.
let t = builtins.fromTOML "n = nan\nm = -nan\ni = inf\n"; in
builtins.toJSON [ t.n t.m t.i ]
