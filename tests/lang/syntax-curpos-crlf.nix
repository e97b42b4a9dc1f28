{
  a = 1;
  p = __curPos;
}
