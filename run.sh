#!/usr/bin/env bash
# Installs what is missing, builds Phare and starts the desktop app; arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")"
source tools/setup.sh
phare_install_deps
phare_build build
exec build/bin/phare "$@"
