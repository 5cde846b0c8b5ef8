#!/usr/bin/env bash
# MeshEntry build entry point: installs missing Debian packages, builds, runs, tests.
#   ./build.sh run     build (Release) and open the editor on the bundled example
#   ./build.sh test    build and run the whole test suite through CTest
#   ./build.sh build   build only
#   ./build.sh bench   build and run the benchmark program
#   ./build.sh package build and make the .deb (build/meshentry_VERSION_ARCH.deb)
#   ./build.sh test-asan            the whole suite under ASan, LeakSanitizer and UBSan
#   ./build.sh fuzz [SECONDS] [--no-build] [TARGET...]   run each libFuzzer target (default 60 s)
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools libqscintilla2-qt6-dev libyaml-dev qt6-httpserver-dev qt6-websockets-dev
  libxkbcommon-dev libgl-dev libqt6svg6 qt6-svg-dev openssl
  qt6-translations-l10n libqscintilla2-qt6-l10n desktop-file-utils appstream groff-base dpkg-dev file
  libxml2-utils shared-mime-info)
# Only ./build.sh fuzz needs these: clang and its libFuzzer runtime.
FUZZ_PACKAGES=(clang libclang-rt-14-dev)

install_missing() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
}

configure_and_build() {
  install_missing "${PACKAGES[@]}"
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build --parallel "$(nproc)"
}

case "${1:-}" in
  build)
    configure_and_build
    ;;
  run)
    configure_and_build
    shift
    exec build/app/meshentry "${@:-resources/examples/payments-mesh.yaml}"
    ;;
  test)
    configure_and_build
    cd build
    # GUI tests draw offscreen: no display needed.
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 300
    ;;
  bench)
    configure_and_build
    build/tests/benchmarks/meshentry-bench "${@:2}"
    ;;
  package)
    configure_and_build
    cd build
    cpack -G DEB
    ;;
  test-asan)
    install_missing "${PACKAGES[@]}"
    cmake --preset asan >/dev/null
    cmake --build --preset asan --parallel "$(nproc)"
    # Sanitized code runs several times slower: a longer timeout, same tests.
    ctest --preset asan --parallel "$(nproc)" --timeout 1200 "${@:2}"
    ;;
  fuzz)
    install_missing "${PACKAGES[@]}" "${FUZZ_PACKAGES[@]}"
    exec tests/fuzz/run-fuzzers.sh "${@:2}"
    ;;
  *)
    echo "usage: $0 run|test|build|bench|package|test-asan|fuzz [SECONDS] [--no-build] [TARGET...]" >&2
    exit 64
    ;;
esac
