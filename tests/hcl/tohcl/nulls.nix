{
  kept = 1;
  dropped = null;
  block = {
    also_dropped = null;
    value = "x";
  };
  only_nulls = { a = null; };
  plugin = {
    docker = { config = { gpu = null; }; };
  };
}
