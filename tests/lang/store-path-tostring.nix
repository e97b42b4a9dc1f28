let p = ./store-data/hello.txt; in
{
  toString = toString p;
  interp = "${p}";
  toStringCtx = builtins.hasContext (toString p);
  interpCtx = builtins.hasContext "${p}";
  typeOfInterp = builtins.typeOf "${p}";
  stillPath = builtins.typeOf p;
  dir = toString ./store-data/tree;
}
