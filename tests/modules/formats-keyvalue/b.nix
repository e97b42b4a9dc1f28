{ lib, ... }:
{
  plain = { EMPTY = null; "a=b" = "c"; };
  duplicates = { server = [ "ntp2.example.org" "ntp3.example.org" ]; pool = "1.pool.ntp.org"; };
  joined = { OPTIONS = "--color=never"; HOME = "/var/lib/app"; };
}
