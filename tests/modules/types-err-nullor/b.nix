{
  limit = 5;
}
