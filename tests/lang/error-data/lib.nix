{
  good = 1;
  bad = throw "bad from lib";
  addOne = x:
    x + 1;
}
