#!/usr/bin/env bash
# Whole-process time of `kzdiff compare` on Kazakhstan 2019 -> 2020 (two state.gov pages of
# ../shared/editions), beside a Python difflib script that does less (difflib_compare.py here:
# tags stripped, a unified diff of lines, no sections), in one hyperfine run so that every command
# sees the same load. Publishes the native kzdiff first (README, "A fast kzdiff") and runs the tests
# that need it, so they run here instead of being skipped.
#
#   bash tests/bench/startup.sh              # publish, test, measure
#   bash tests/bench/startup.sh --no-publish # measure the binary published before
#   RUNS=50 bash tests/bench/startup.sh      # more runs (default 20)
set -euo pipefail
cd "$(dirname "$0")/../.."

case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64) rid=linux-arm64 ;;
  *) echo "startup.sh: no Native AOT runtime identifier known for $(uname -m)" >&2; exit 1 ;;
esac
artifacts="${KZDIFF_ARTIFACTS:-$PWD/artifacts}"
native="$artifacts/publish/KzDiff.Cli.Native/release_$rid/kzdiff"
corpus="${KZDIFF_CORPUS:-../shared/editions}"
old="$corpus/state-gov/2019/kazakhstan.html"
new="$corpus/state-gov/2020/kazakhstan.html"

for tool in hyperfine python3 dotnet; do
  command -v "$tool" >/dev/null || { echo "startup.sh: $tool not found (apt-get install -y hyperfine)" >&2; exit 1; }
done
[ -f "$old" ] && [ -f "$new" ] || { echo "startup.sh: $old or $new missing (set KZDIFF_CORPUS)" >&2; exit 1; }

if [ "${1:-}" != "--no-publish" ]; then
  dotnet publish src/KzDiff.Cli.Native -c Release -r "$rid"
fi
[ -x "$native" ] || { echo "startup.sh: no native kzdiff at $native (run without --no-publish)" >&2; exit 1; }

# The published binary against the in-process CLI, byte for byte; named, so a missing binary fails.
KZDIFF_NATIVE_CLI="$native" dotnet test tests/KzDiff.Cli.Tests -c Release \
  --filter "FullyQualifiedName~PublishedKzdiffTests|FullyQualifiedName~FileCommandLineTests"

# pyenv and similar put shell-script shims on PATH; time the interpreter itself, not the shim.
python="$(python3 -c 'import sys; print(sys.executable)')"
# The distribution's own Python too, when PATH finds another one: builds differ by half in speed.
system_python=()
if [ -x /usr/bin/python3 ] && [ "$(readlink -f /usr/bin/python3)" != "$(readlink -f "$python")" ]; then
  system_python=(-n "python difflib script (/usr/bin/python3)" "/usr/bin/python3 tests/bench/difflib_compare.py $old $new")
fi
results="$(mktemp /tmp/kzdiff-startup.XXXXXX.json)"
trap 'rm -f "$results"' EXIT
hyperfine -N --warmup 3 --runs "${RUNS:-20}" --style basic --export-json "$results" \
  -n "python difflib script" "$python tests/bench/difflib_compare.py $old $new" \
  "${system_python[@]}" \
  -n "kzdiff compare (native)" "$native compare $old $new" \
  -n "kzdiff compare --format json (native)" "$native compare $old $new --format json" \
  -n "kzdiff compare --format text (native)" "$native compare $old $new --format text" \
  -n "kzdiff compare --format markdown (native)" "$native compare $old $new --format markdown" \
  -n "dotnet kzdiff.dll compare (full CLI, JIT)" "dotnet $(dirname "$native")/full/kzdiff.dll compare $old $new"

# hyperfine prints means; the medians, with the CPU each command used (wall time on a loaded
# machine is mostly waiting for a core):
python3 - "$results" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"{r['command']:<45} median {r['median'] * 1000:6.0f} ms   user {r['user'] * 1000:5.0f} ms   system {r['system'] * 1000:4.0f} ms")
PY
