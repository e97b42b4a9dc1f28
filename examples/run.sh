#!/bin/sh
# Builds nomix (installing what it needs) and prints the files the example
# host gets: examples/nomad-host/host.nix.
set -eu
cd "$(dirname "$0")/.."
sh .ci/setup.sh
exec build/cli/nomix eval --raw examples/nomad-host/host.nix
