{
  boot.kernel = "latest";
  zram = true;
}
