{
  file = builtins.getContext "${./store-data/hello.txt}";
  dir = builtins.getContext "${./store-data/tree}";
  exec = builtins.getContext "${./store-data/exec.sh}";
}
