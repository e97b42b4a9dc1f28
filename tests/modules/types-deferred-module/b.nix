{
  common = { lib, ... }: { packages = lib.mkAfter [ "htop" ]; };
}
