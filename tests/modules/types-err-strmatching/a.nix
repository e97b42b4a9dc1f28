{
  host.web = "ok"; host.db = "DB1";
}
