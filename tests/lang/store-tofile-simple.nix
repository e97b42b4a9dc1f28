let f = builtins.toFile "hello.txt" "hello\n"; in
{
  inherit f;
  # text hashing differs from source-path hashing of the same content
  source = "${./store-data/hello.txt}";
  ctx = builtins.getContext f;
  empty = builtins.toFile "empty" "";
  type = builtins.typeOf f;
}
