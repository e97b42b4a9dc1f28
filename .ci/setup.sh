#!/bin/sh
# Installs what building nomix needs (only what is missing) and builds it
# into ./build. Used by examples/run.sh and tests/run.sh; safe to run again.
# With --test it also installs what the tests check nomix's output with:
# HashiCorp's HCL parser (built with Go) and systemd's unit verifier.
set -eu
cd "$(dirname "$0")/.."

packages="gcc libc6-dev pkg-config meson ninja-build re2c bison libgc-dev libssl-dev libedit-dev python3"
if [ "${1:-}" = "--test" ]; then
    packages="$packages golang-go golang-github-hashicorp-hcl-dev systemd"
fi
need=""
for pkg in $packages; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || need="$need $pkg"
done
if [ -n "$need" ]; then
    echo "nomix: installing$need" >&2
    if [ "$(id -u)" -ne 0 ]; then
        echo "nomix: missing packages:$need; run as root (or install them) first" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends $need >/dev/null
fi

[ -f build/build.ninja ] || meson setup build --buildtype=release >/dev/null
ninja -C build >/dev/null
