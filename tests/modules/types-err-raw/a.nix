{
  backend = { name = "a"; };
}
