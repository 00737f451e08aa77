#!/usr/bin/env bash
# Times a chapter script as a learner runs it, `./jbang <script>`, here and in an older commit,
# alternating, and prints the median and min-max seconds of each, wall clock and processor time
# (user + system of all its processes: launcher, jbang-cli, the script's JVM), and the ratios:
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

seconds() { # "<wall>/<processor>" seconds of ./jbang $script in folder $1
  local times
  times=$(cd "$1" && /usr/bin/time -f "%e %U %S" ./jbang "$script" 2>&1 >/dev/null | tail -1) \
    || { echo "bench/script.sh: ./jbang $script failed in $1" >&2; exit 1; }
  echo "$times" | awk '{ printf "%.2f/%.2f\n", $1, $2 + $3 }'
}

seconds "$old" >/dev/null
seconds . >/dev/null
old_times=() new_times=()
for run in $(seq "$RUNS"); do
  echo "  run $run/$RUNS" >&2
  old_times+=("$(seconds "$old")")
  new_times+=("$(seconds .)")
done
python3 - "$old_commit" "$script" "${old_times[*]}" "${new_times[*]}" <<'END'
import statistics, sys
commit, script = sys.argv[1], sys.argv[2]
old = [tuple(map(float, t.split("/"))) for t in sys.argv[3].split()]
new = [tuple(map(float, t.split("/"))) for t in sys.argv[4].split()]
def cell(t):
    return "%6.2f s (%.2f-%.2f)" % (statistics.median(t), min(t), max(t))
def ratio(i):
    return "%.2fx" % (statistics.median(t[i] for t in old) / statistics.median(t[i] for t in new))
print("\n./jbang %s, median (min-max) of %d runs" % (script, len(new)))
print("  %-10s  %-24s  %s" % ("", "wall clock", "processor time"))
for name, runs in ((commit, old), ("this tree", new)):
    print("  %-10s  %-24s  %s" % (name, cell([t[0] for t in runs]), cell([t[1] for t in runs])))
print("  %-10s  %-24s  %s" % ("speed-up", ratio(0), ratio(1)))
END
