{
  level = 1;
}
