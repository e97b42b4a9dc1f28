# An empty host: `nomix options --markdown docs/empty-host.nix` lists every
# option of the bundled modules (see docs/options.md).
{ }
