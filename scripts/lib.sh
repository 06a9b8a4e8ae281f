# Shared by scripts/run, scripts/test and scripts/bench: install what is missing, configure, build.
# Sourced, not run.
set -euo pipefail
ARWAIN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# What building and running the app needs (scripts/run): the compiler, Qt, SQLite, libpq (a team's
# server), libcsv, libxlsxwriter and the report's font.
ARWAIN_RUN_PACKAGES=(
  g++ cmake ninja-build ccache pkg-config
  qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
  libsqlite3-dev libcsv-dev libxlsxwriter-dev zlib1g-dev libpq-dev fonts-dejavu-core
)
# What making the Debian package adds (scripts/package): manual pages, dpkg-shlibdeps.
ARWAIN_PACKAGE_PACKAGES=(help2man dpkg-dev)
# What testing adds (scripts/test): GoogleTest, a throwaway PostgreSQL server, the fuzzers' clang,
# Xvfb and xdotool for the screenshots, the PDF, XLSX and image readers the tests check with, the style
# tools, and the checkers of the package (lintian, desktop-file-validate, appstreamcli, bash-completion).
ARWAIN_TEST_PACKAGES=(
  "${ARWAIN_RUN_PACKAGES[@]}" "${ARWAIN_PACKAGE_PACKAGES[@]}"
  clang-format clang-tidy sqlite3
  postgresql-15 postgresql-common
  libgtest-dev libgmock-dev libbenchmark-dev
  clang-15 libfuzzer-15-dev
  xvfb xauth python3-openpyxl xdotool imagemagick poppler-utils
  lintian desktop-file-utils appstream shared-mime-info bash-completion man-db bsdextrautils
)
# What measuring adds (scripts/bench): Google Benchmark, the server, SQLite's shell for the floors, and
# GoogleTest (the benchmarks are built inside tests/).
ARWAIN_BENCH_PACKAGES=(
  "${ARWAIN_RUN_PACKAGES[@]}" libbenchmark-dev libgtest-dev libgmock-dev postgresql-15 postgresql-common
  sqlite3 python3
)

# arwain_install_deps PACKAGE...: installs those not installed yet (quiet and quick when all are).
arwain_install_deps() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}" >&2
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
      echo "Missing Debian packages: ${missing[*]}" >&2
      echo "Install them as root (apt-get install ${missing[*]}), or install sudo, then run this again." >&2
      exit 1
    fi
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  # env: sudo drops the caller's environment, and apt must not stop to ask questions.
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# arwain_build PRESET [NAME=VALUE...]: configure once (again only when a given cache value differs),
# then build incrementally.
arwain_build() {
  local preset=$1
  shift
  cd "$ARWAIN_ROOT"
  local configure=0 setting defines=()
  [ -f "build/$preset/build.ninja" ] || configure=1
  for setting in "$@"; do
    defines+=("-D$setting")
    grep -q "^${setting%%=*}:[A-Z]*=${setting#*=}\$" "build/$preset/CMakeCache.txt" 2>/dev/null || configure=1
  done
  if [ $configure -eq 1 ]; then
    cmake --preset "$preset" "${defines[@]}" >&2
  fi
  cmake --build --preset "$preset" >&2
}
