#!/usr/bin/env bash
# Installs what is missing, builds Phare and runs the whole test suite; non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
source tools/setup.sh
phare_install_deps
phare_build build
cd build
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
