#!/bin/sh
# Builds nomix (installing what it needs), builds the example host
# (examples/nomad-host/host.nix) into build/example-host, and prints the
# tree and its two main files.
set -eu
cd "$(dirname "$0")/.."
sh .ci/setup.sh
build/cli/nomix build examples/nomad-host/host.nix -o build/example-host
cd build/example-host
echo "==> the tree <=="
find . \( -type f -o -type l \) | sed 's|^\./||' | sort
for f in etc/nomad.json etc/systemd/system/nomad.service; do
    printf '\n==> %s <==\n' "$f"
    cat "$f"
done
