#!/bin/sh
# Builds nomix (installing what it needs) and runs the whole test suite.
set -eu
cd "$(dirname "$0")/.."
sh .ci/setup.sh --test
meson test -C build --print-errorlogs
