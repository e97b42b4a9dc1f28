{
  level = 2;
}
