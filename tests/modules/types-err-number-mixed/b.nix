{
  ratio = 1.0;
}
