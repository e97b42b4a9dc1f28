{ lib, ... }:
{
  plain = { NOMAD_ADDR = "http://127.0.0.1:4646"; RETRIES = 3; VERBOSE = true; };
  duplicates = { server = "ntp1.example.org"; pool = [ "0.pool.ntp.org" ]; };
  joined.OPTIONS = [ "--verbose" ];
  colon = { "log level" = "info"; ratio = 0.75; };
}
