{
  ratio = 1;
}
