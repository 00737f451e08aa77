#!/usr/bin/env bash
# Benchmarks the engine against numpy (OpenBLAS) on this machine and prints a table.
#
#   bench/run.sh                    # the default list: matmul mlp
#   bench/run.sh matmul matmul-scalar mlp mlp-scalar mlp-steps matmul-2t
#   RUNS=7 SECONDS_PER_SIZE=1 bench/run.sh matmul
#   ISA=avx2 bench/run.sh           # both sides limited to AVX2 on an AVX-512 processor
#   CLOCK=cpu bench/run.sh          # processor time instead of wall-clock time (a busy machine)
#
# matmul: GFLOP/s of n x n products (MatMulBench.java, matmul_numpy.py).
# mlp: samples/s of training epochs of a 784-128-10 ReLU/softmax MLP on the 10,000 MNIST
# digits, batch 64, SGD (MlpBench.java, mlp_numpy.py); SECONDS_PER_SIZE is its measuring time.
# mlp-steps: microseconds per batch of each step of that training loop (MlpSteps.java,
# mlp_steps_numpy.py): where the time goes.
# matmul-2t: matmul at n = 512 and 1024 on two threads each side (the engine with
# -Dnn.matmul.threads=2, numpy with OPENBLAS_NUM_THREADS=2), always on the wall clock: the
# processor time of one thread does not see the other's work.
# The -scalar variants run the engine without the vector module (the plain-Java kernel that
# learners' scripts use); numpy runs the same program as for the fast variant.
#
# Each benchmark runs RUNS times (default 5) as separate processes, engine and numpy
# alternating, so that noise from other work on the machine hits both. Every program prints
# `<benchmark> <size> <value>` lines; bench/table.py prints medians and min-max per size.
# Both sides use one thread (but for matmul-2t): the engine's kernel runs on one by default
# and numpy gets OPENBLAS_NUM_THREADS=1. OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE, which some
# machines here set for old OpenBLAS builds, slow a current numpy down and are unset for
# numpy's command alone.
# ISA=avx2 measures what an AVX2-only processor would run, on a processor with AVX-512: the
# JVM gets -XX:UseAVX=2 (vectors of 4 doubles, the engine's 5-row tile) and OpenBLAS
# OPENBLAS_CORETYPE=Haswell (its AVX2 kernel).
# CLOCK=cpu times each side by the processor time of its thread (the engine adds the garbage
# collectors' pauses; see bench/Clock.java and bench/clock.py) instead of wall-clock time: on a
# machine where other work queues for the cores, wall-clock time also counts the waiting.
#
# Adding a benchmark: write bench/<Name>.java and bench/<name>_numpy.py
# printing such lines, and add a case to engine_cmd and numpy_cmd below.
set -euo pipefail
cd "$(dirname "$0")/.."
source .mvn/use-jdk25.sh
RUNS=${RUNS:-5}
SECONDS_PER_SIZE=${SECONDS_PER_SIZE:-0.5}
if [ $# -gt 0 ]; then BENCHMARKS=("$@"); else BENCHMARKS=(matmul mlp); fi
KNOWN=" matmul matmul-scalar mlp mlp-scalar mlp-steps matmul-2t "
for name in "${BENCHMARKS[@]}"; do
  if [[ "$KNOWN" != *" $name "* ]]; then
    echo "usage: bench/run.sh [benchmark ...] with benchmarks from:$KNOWN(unknown: '$name')" >&2
    exit 2
  fi
done
if ! [[ "$RUNS" =~ ^[1-9][0-9]*$ ]]; then
  echo "bench/run.sh: RUNS must be a whole number >= 1, got '$RUNS'" >&2
  exit 2
fi
if ! [[ "$SECONDS_PER_SIZE" =~ ^([0-9]+\.?[0-9]*|\.[0-9]+)$ ]] || [[ "$SECONDS_PER_SIZE" =~ ^[0.]+$ ]]; then
  echo "bench/run.sh: SECONDS_PER_SIZE must be a number of seconds > 0, got '$SECONDS_PER_SIZE'" >&2
  exit 2
fi

CLOCK=${CLOCK:-wall}
if [ "$CLOCK" != wall ] && [ "$CLOCK" != cpu ]; then
  echo "bench/run.sh: CLOCK must be wall or cpu, got '$CLOCK'" >&2
  exit 2
fi
export BENCH_CLOCK=$CLOCK
ISA=${ISA:-native}
case "$ISA" in
  native) jvm_isa=(); blas_isa=(-u OPENBLAS_CORETYPE) ;;
  avx2) jvm_isa=(-XX:UseAVX=2); blas_isa=(OPENBLAS_CORETYPE=Haswell) ;;
  *) echo "bench/run.sh: ISA must be native or avx2, got '$ISA'" >&2; exit 2 ;;
esac

classes=$(mktemp -d)
results=$(mktemp -d)
trap 'rm -rf "$classes" "$results"' EXIT
# The vector kernel needs the incubator module at compile and run time; the JVM then prints
# "WARNING: Using incubator modules" on stderr, which we drop.
vector=(--add-modules jdk.incubator.vector)
java=("$JAVA_HOME/bin/java" "${jvm_isa[@]}" -Dbench.clock="$CLOCK")
"$JAVA_HOME/bin/javac" "${vector[@]}" -Xlint:-incubating -d "$classes" \
    $(find engine/src/main/java engine/src/vector/java bench -name '*.java')

engine_cmd() { # the engine side of benchmark $1
  case "$1" in
    matmul) "${java[@]}" "${vector[@]}" -cp "$classes" MatMulBench "$SECONDS_PER_SIZE" ;;
    matmul-scalar) "${java[@]}" -cp "$classes" MatMulBench "$SECONDS_PER_SIZE" ;;
    matmul-2t) "${java[@]}" "${vector[@]}" -Dnn.matmul.threads=2 -Dbench.clock=wall -cp "$classes" \
        MatMulBench "$SECONDS_PER_SIZE" 512 1024 ;;
    mlp) "${java[@]}" "${vector[@]}" -cp "$classes" MlpBench "$SECONDS_PER_SIZE" ;;
    mlp-scalar) "${java[@]}" -cp "$classes" MlpBench "$SECONDS_PER_SIZE" ;;
    mlp-steps) "${java[@]}" "${vector[@]}" -cp "$classes" MlpSteps "$SECONDS_PER_SIZE" ;;
    *) echo "unknown benchmark: $1 (known:$KNOWN)" >&2
       exit 2 ;;
  esac
}
numpy_env() { env -u OPENBLAS_L2_SIZE "${blas_isa[@]}" OPENBLAS_NUM_THREADS=1 "$@"; }
numpy_cmd() { # the numpy side of benchmark $1 (none for engine-only benchmarks)
  case "$1" in
    matmul|matmul-scalar)
      numpy_env \
          python3 bench/matmul_numpy.py "$SECONDS_PER_SIZE" ;;
    matmul-2t)
      numpy_env OPENBLAS_NUM_THREADS=2 BENCH_CLOCK=wall \
          python3 bench/matmul_numpy.py "$SECONDS_PER_SIZE" 512 1024 ;;
    mlp|mlp-scalar)
      numpy_env \
          python3 bench/mlp_numpy.py "$SECONDS_PER_SIZE" ;;
    mlp-steps)
      numpy_env \
          python3 bench/mlp_steps_numpy.py "$SECONDS_PER_SIZE" ;;
  esac
}

for bench in "${BENCHMARKS[@]}"; do
  for run in $(seq "$RUNS"); do
    echo "  $bench run $run/$RUNS" >&2
    engine_cmd "$bench" 2> >(grep -v 'Using incubator modules' >&2) >> "$results/$bench.engine"
    numpy_cmd "$bench" >> "$results/$bench.numpy"
  done
  ISA=$ISA python3 bench/table.py "$bench" "$results/$bench.engine" "$results/$bench.numpy"
done
