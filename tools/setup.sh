#!/usr/bin/env bash
# Shared by run.sh and test.sh: installs the Debian 12 packages Phare needs when missing, then
# configures and builds. Source it; it defines phare_install_deps, phare_install_fuzz_deps and phare_build.

PHARE_PACKAGES=(
    cmake g++ make pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-qpa-plugins libqt6opengl6-dev libgl-dev libyaml-cpp-dev qt6-translations-l10n
    fonts-dejavu-core poppler-utils qpdf odt2txt unzip appstream desktop-file-utils e2fsprogs
    # The AT-SPI smoke test (tests/atspi): the accessibility bus, its Python client, a D-Bus session
    # and a virtual X screen for the xcb platform (the offscreen one loads no accessibility bridge).
    at-spi2-core python3-pyatspi dbus xvfb xauth
)
# Only for the fuzz targets (tests/fuzz/run.sh, .ci/run): clang++ and its libFuzzer and sanitizer runtimes.
PHARE_FUZZ_PACKAGES=(clang libclang-rt-14-dev)
# Only for the style checks (tools/check-style.sh, .ci/run): clang 14's formatter and linter, pinned.
PHARE_STYLE_PACKAGES=(clang-format-14 clang-tidy-14)

phare_install_deps() {
    phare_install_packages "${PHARE_PACKAGES[@]}"
}

phare_install_fuzz_deps() {
    phare_install_packages "${PHARE_FUZZ_PACKAGES[@]}"
}

phare_install_style_deps() {
    phare_install_packages "${PHARE_STYLE_PACKAGES[@]}"
}

# phare_install_packages PACKAGE...: installs those not installed yet, from Debian's archive only.
phare_install_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "phare: installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null; then
            sudo=(sudo)
        else
            echo "phare: these packages are missing and I am not root and have no sudo: ${missing[*]}" >&2
            return 1
        fi
    fi
    "${sudo[@]}" apt-get update -qq || return 1
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" || return 1
}

# phare_build BUILD_DIR [extra cmake arguments...]
phare_build() {
    local dir=$1
    shift
    local type=${PHARE_BUILD_TYPE:-Release}
    cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE="$type" "$@" >"$dir.configure.log" 2>&1 || {
        cat "$dir.configure.log" >&2
        return 1
    }
    cmake --build "$dir" --parallel "$(nproc)"
}
