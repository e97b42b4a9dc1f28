{
  users = [ { uid = 1; } { uid = -1; } ];
}
