#!/usr/bin/env bash
# One-stop set-up for a fresh Debian 12 machine.
#   installer/bootstrap.sh run      install build deps, build, open the designer on the example mesh
#   installer/bootstrap.sh test     install build + test deps, build, run every test (ctest)
#   installer/bootstrap.sh package  install build deps, build the .deb and .tar.gz packages
#   installer/bootstrap.sh sanitize install build + test deps, build in build-asan with ASan + UBSan, run the tests
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
    dpkg-dev file
)
test_packages=(
    openvpn openssh-server openssh-client iproute2 iputils-ping procps openssl
    sudo
    xvfb xauth unzip zip fonts-dejavu-core desktop-file-utils appstream
    shared-mime-info lintian
    clang libclang-rt-14-dev
    awscli nodejs
    ansible ansible-lint python3
    nftables
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

# The Terraform test runs HashiCorp's HCL parser from npm (its hcl2json_setup fixture runs npm ci). Debian's
# npm needs Debian's nodejs; where another nodejs (e.g. NodeSource's) is installed it brings its own npm and
# Debian's would conflict, so npm is installed only when there is none.
install_test_packages() {
    install_packages "${test_packages[@]}"
    command -v npm >/dev/null 2>&1 || install_packages npm
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
sanitize)
    # The whole suite under AddressSanitizer (LeakSanitizer included) and UndefinedBehaviorSanitizer, in its
    # own build folder. Any report fails the run: every report aborts its process, and ASan's are also
    # written under $reports, so one from a process whose exit status a test ignores still counts.
    install_packages "${build_packages[@]}"
    install_test_packages
    build_dir=${P2PVPN_ASAN_BUILD_DIR:-$here/build-asan}
    # GCC leaves float-cast-overflow out of "undefined"; it is what the fuzzers found first.
    flags="-fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=all -fno-omit-frame-pointer"
    build -DP2PVPN_BUILD_TESTS=ON -DP2PVPN_WERROR=ON -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags" \
        -DCMAKE_SHARED_LINKER_FLAGS="$flags"
    reports=$build_dir/sanitizer-reports
    rm -rf "$reports"
    mkdir -p "$reports"
    common="abort_on_error=1:halt_on_error=1:print_stacktrace=1:log_path=$reports/report"
    export ASAN_OPTIONS="$common:detect_leaks=1:strict_string_checks=1:check_initialization_order=1:detect_stack_use_after_return=1"
    export UBSAN_OPTIONS="$common"
    # Narrow suppressions for leaks inside system libraries only (see the file); never our code.
    export LSAN_OPTIONS="suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0"
    cd "$build_dir"
    # The fuzz tests are left out: they build their own ASan + UBSan fuzzers and already ran in "test"; so
    # are the Ansible runs (label ansible), whose minutes are ansible-playbook's; they ran in "test".
    status=0
    ctest --output-on-failure --timeout 1200 --parallel "$(nproc)" --label-exclude 'fuzz|ansible' || status=$?
    if [ -n "$(ls -A "$reports")" ]; then
        echo "bootstrap: sanitizer reports:" >&2
        cat "$reports"/* >&2
        status=1
    fi
    exit $status
    ;;
test)
    install_packages "${build_packages[@]}"
    install_test_packages
    build -DP2PVPN_BUILD_TESTS=ON -DP2PVPN_WERROR=ON
    cd "$build_dir"
    # ctest prints its own summary ("100% tests passed, 0 tests failed out of N") and fails on any failure.
    ctest --output-on-failure --timeout 1200 --parallel "$(nproc)"
    ;;
package)
    install_packages "${build_packages[@]}"
    build -DP2PVPN_BUILD_TESTS=OFF
    cd "$build_dir"
    # CPACK_GENERATOR (installer/packaging.cmake) is DEB and TGZ here; the packages land in the build folder.
    cpack
    ls -l "$build_dir"/*.deb "$build_dir"/*.tar.gz
    ;;
*)
    echo "usage: $0 run|test|package|sanitize" >&2
    exit 2
    ;;
esac
