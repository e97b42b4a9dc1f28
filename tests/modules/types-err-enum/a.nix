{
  mode = "slow";
}
