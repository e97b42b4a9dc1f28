{
  good = 1;
  bad = [ 1 2 ;
}
