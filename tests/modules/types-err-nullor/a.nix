{
  limit = null;
}
