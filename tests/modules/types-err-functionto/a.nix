{
  gen = x: x;
}
