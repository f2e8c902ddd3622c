#!/usr/bin/env bash
# One-stop set-up for a fresh Debian 12 machine.
#   installer/bootstrap.sh run      install build deps, build, open the designer on the example mesh
#   installer/bootstrap.sh test     install build + test deps, build, run every test (ctest)
#   installer/bootstrap.sh package  install build deps, build the .deb and .tar.gz packages
# Works as root or through sudo; never prompts.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${P2PVPN_BUILD_DIR:-$here/build}
mode=${1:-}

build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-qpa-plugins libqt6svg6 libgl-dev libglx-dev libegl-dev libxkbcommon-dev
    libssl-dev libssh-dev libquazip1-qt6-dev
)
test_packages=(
    openvpn openssh-server openssh-client iproute2 iputils-ping procps openssl
    xvfb xauth unzip zip fonts-dejavu-core desktop-file-utils appstream
    clang libclang-rt-14-dev
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

install_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "bootstrap: installing ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$build_dir" --parallel "$(nproc)"
}

case "$mode" in
run)
    install_packages "${build_packages[@]}"
    build -DP2PVPN_BUILD_TESTS=OFF
    designer=$build_dir/app/designer/p2pvpn-designer
    example=$here/resources/examples/example.p2pmesh
    if [ -x "$designer" ]; then
        exec "$designer" "$example"
    fi
    exec "$build_dir/app/cli/p2pvpn" check "$example"
    ;;
test)
    install_packages "${build_packages[@]}" "${test_packages[@]}"
    build -DP2PVPN_BUILD_TESTS=ON
    cd "$build_dir"
    # ctest prints its own summary ("100% tests passed, 0 tests failed out of N") and fails on any failure.
    ctest --output-on-failure --timeout 1200 --parallel "$(nproc)"
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
