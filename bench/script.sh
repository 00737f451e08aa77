#!/usr/bin/env bash
# Times a chapter script as a learner runs it, `./jbang <script>`, here and in an older commit,
# alternating, and prints the median and min-max wall-clock seconds of each and their ratio:
#
#   bench/script.sh efbb7b3 chapters/11-digits/TrainAdamDigits.java
#   RUNS=7 bench/script.sh HEAD~3 chapters/04-backpropagation/FitXor.java
#
# The older commit is exported (git archive) into a temporary folder with jbang-cli's class
# path copied over, so both sides use the same jbang-cli and ~/.jbang cache. One untimed run of
# each side first builds the script; then each side runs RUNS times (default 5), in turn, so
# that other work on the machine hits both alike. The output of every run goes to /dev/null.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ne 2 ]; then
  echo "usage: bench/script.sh <older commit> <script>" >&2
  exit 2
fi
old_commit=$1 script=$2
RUNS=${RUNS:-5}
[ -f "$script" ] || { echo "bench/script.sh: no script $script" >&2; exit 2; }
git rev-parse --verify -q "$old_commit^{commit}" >/dev/null \
  || { echo "bench/script.sh: no commit $old_commit" >&2; exit 2; }
[ -s target/jbang/classpath.txt ] || ./jbang --version >/dev/null

old=$(mktemp -d)
trap 'rm -rf "$old"' EXIT
git archive "$old_commit" | tar -x -C "$old"
mkdir -p "$old/target/jbang"
cp target/jbang/classpath.txt "$old/target/jbang/"

seconds() { # wall-clock seconds of ./jbang $script in folder $1
  local start end
  start=$(date +%s%N)
  (cd "$1" && ./jbang "$script" >/dev/null 2>&1) || { echo "failed in $1" >&2; exit 1; }
  end=$(date +%s%N)
  echo "scale=3; ($end - $start) / 1000000000" | bc
}

seconds "$old" >/dev/null
seconds . >/dev/null
old_times=() new_times=()
for run in $(seq "$RUNS"); do
  echo "  run $run/$RUNS" >&2
  old_times+=("$(seconds "$old")")
  new_times+=("$(seconds .)")
done
python3 - "$old_commit" "$script" "${old_times[*]}" "${new_times[*]}" <<'EOF'
import statistics, sys
commit, script, old, new = sys.argv[1], sys.argv[2], sys.argv[3].split(), sys.argv[4].split()
old, new = [float(t) for t in old], [float(t) for t in new]
def cell(t):
    return "%6.2f s (%.2f-%.2f)" % (statistics.median(t), min(t), max(t))
print("\n./jbang %s, wall-clock, median (min-max) of %d runs" % (script, len(new)))
print("  %-10s %s" % (commit, cell(old)))
print("  %-10s %s" % ("this tree", cell(new)))
print("  speed-up   %.2fx" % (statistics.median(old) / statistics.median(new)))
EOF
