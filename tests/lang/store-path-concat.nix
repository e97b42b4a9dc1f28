{
  pathPlusStr = ./store-data/tree + "/sub";
  pathPlusStrType = builtins.typeOf (./store-data/tree + "/sub");
  strPlusPath = "prefix-" + ./store-data/hello.txt;
  strPlusPathCtx = builtins.getContext ("prefix-" + ./store-data/hello.txt);
  interpSuffix = "${./store-data/tree}/a.txt";
  interpSuffixCtx = builtins.getContext "${./store-data/tree}/sub/b.txt";
  twoPaths = "${./store-data/hello.txt}:${./store-data/empty}";
  twoPathsCtx = builtins.getContext "${./store-data/hello.txt}:${./store-data/empty}";
  pathPlusPath = ./store-data + ./store-data/hello.txt;
}
