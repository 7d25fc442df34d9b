#!/usr/bin/env bash
# The project's one test command (README, .ci/run). Sets up what the tests need on a fresh
# machine: Debian's Chromium for the browser tests and a throwaway PostgreSQL 15 for the
# team-server mode, then runs every test project. Exit code: dotnet test's.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

# Without this a machine lacking the real editions, PostgreSQL or Chromium reports those tests as
# skipped; here (and wherever CI=true) they fail instead, so CI cannot pass by skipping them.
export KZDIFF_REQUIRE_ALL=1

if [ ! -d "${KZDIFF_CORPUS:-../shared/editions}/state-gov" ]; then
  echo "warning: ../shared/editions is missing; the corpus tests will fail (they need the real editions)" >&2
fi

# Chromium for Playwright (its own browser download does not work here; we drive Debian's).
if ! command -v chromium >/dev/null 2>&1; then
  echo "== installing Debian's chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium >/dev/null
fi
export KZDIFF_CHROMIUM="${KZDIFF_CHROMIUM:-$(command -v chromium)}"
# Its headless shell (what Playwright itself runs headless pages in) for the first-paint figures.
if ! command -v chromium-headless-shell >/dev/null 2>&1; then
  echo "== installing Debian's chromium-headless-shell"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium-headless-shell >/dev/null
fi
export KZDIFF_CHROMIUM_HEADLESS_SHELL="${KZDIFF_CHROMIUM_HEADLESS_SHELL:-$(command -v chromium-headless-shell)}"

# A throwaway PostgreSQL on a free port, as the postgres user (the binaries refuse root).
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"
pg_data=""
cleanup() {
  if [ -n "$pg_data" ] && [ -d "$pg_data" ]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_data"
  fi
}
trap cleanup EXIT
if [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ]; then
  pg_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
  pg_data="$(mktemp -d /tmp/kzdiff-pg.XXXXXX)"
  chown postgres:postgres "$pg_data"
  runuser -u postgres -- "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres >/dev/null
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/log" -w \
    -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  export KZDIFF_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Pooling=true"
  echo "== PostgreSQL on port $pg_port"
else
  echo "warning: PostgreSQL binaries not found; PostgreSQL tests will fail" >&2
fi

# The native kzdiff (README, "A fast kzdiff"): Native AOT links with clang; its tests run the binary.
for tool in clang lld; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "== installing Debian's clang and lld (Native AOT linker)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq clang lld >/dev/null
    break
  fi
done
case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64) rid=linux-arm64 ;;
  *) rid="" ;;
esac
if [ -n "$rid" ]; then
  echo "== publishing the native kzdiff ($rid)"
  # Without ReadyToRun for full/ here: it only makes the full CLI start faster, and precompiling every
  # assembly would add minutes to each CI run; the tests check behaviour, which it does not change.
  dotnet publish "$root/src/KzDiff.Cli.Native" -c Release -r "$rid" -p:PublishReadyToRun=false --nologo -v quiet
fi

echo "== dotnet test"
log="$(mktemp /tmp/kzdiff-test.XXXXXX)"
status=0
dotnet test "$root/KzDiff.sln" -c Release --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?

# Which tests failed and why, then one closing line over every test project ("N passed, N failed"),
# last, where a reader of a long CI log looks first.
awk '/^  Failed [A-Za-z_0-9]+ \[/ {n = 12} n > 0 {print; n--}' "$log" | sed -n '1,200p'
awk '/^ +Passed: [0-9]+$/ {p += $2} /^ +Failed: [0-9]+$/ {f += $2} /^ +Skipped: [0-9]+$/ {s += $2}
     END {printf "tests: %d passed, %d failed, %d skipped\n", p, f, s}' "$log"
rm -f "$log"
exit "$status"
