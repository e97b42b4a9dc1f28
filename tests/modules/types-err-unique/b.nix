{
  pkgs = { a = 1; };
}
