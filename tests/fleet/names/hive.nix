# Host names that cannot be directories under the output directory: each
# of these hosts fails (nothing is written outside DIR), the good one builds.
{
  ".." = { networking.hostName = "up"; };
  "a/b" = { networking.hostName = "ab"; };
  ".hidden" = { };
  "" = { };
  "tab\there" = { };
  good = { };
}
