# Shared by scripts/run, scripts/test and scripts/bench: install what is missing, configure, build.
# Sourced, not run.
set -euo pipefail
ARWAIN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

ARWAIN_PACKAGES=(
  g++ cmake ninja-build ccache pkg-config clang-format clang-tidy
  qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
  libsqlite3-dev sqlite3 libcsv-dev libxlsxwriter-dev
  libqt6sql6-psql libpq-dev postgresql-15 postgresql-common
  libgtest-dev libgmock-dev libbenchmark-dev
  clang-15 libfuzzer-15-dev
  fonts-dejavu-core xvfb xauth python3-openpyxl xdotool imagemagick poppler-utils
)

arwain_install_deps() {
  local missing=()
  for p in "${ARWAIN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}" >&2
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# arwain_build PRESET: configure once, then build incrementally.
arwain_build() {
  local preset=$1
  cd "$ARWAIN_ROOT"
  if [ ! -f "build/$preset/build.ninja" ]; then
    cmake --preset "$preset" >&2
  fi
  cmake --build --preset "$preset" >&2
}
