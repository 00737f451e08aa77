"""Prints the table of one benchmark from the engine's and numpy's result files.

Each file holds the lines of several runs: `path <p>` / `blas <...>` / `loss <l>` describe the
run, and `<benchmark> <size> <value>` lines carry the numbers, higher is better: GFLOP/s for
matmul (size: n of the n x n matrices), samples/s for mlp (size: `epochs` or `batches`, the
measure: see MlpBench.java).
"""
import statistics
import sys
from collections import defaultdict


def read(path):
    values, notes = defaultdict(list), set()
    try:
        lines = open(path).read().splitlines()
    except FileNotFoundError:
        return values, notes
    for line in lines:
        word, _, rest = line.partition(" ")
        if word in ("path", "blas", "loss"):
            notes.add(line)
        elif rest:
            size, value = rest.split()
            values[int(size) if size.isdigit() else size].append(float(value))
    return values, notes


def cell(samples):
    if not samples:
        return "%22s" % "-"
    if max(samples) >= 1e4:  # samples/s
        return "%7.0f (%6.0f-%6.0f)" % (statistics.median(samples), min(samples), max(samples))
    return "%7.1f (%6.1f-%6.1f)" % (statistics.median(samples), min(samples), max(samples))


def main():
    bench, engine_file, numpy_file = sys.argv[1:4]
    engine, engine_notes = read(engine_file)
    numpy, numpy_notes = read(numpy_file)
    matmul = bench.startswith("matmul")
    unit = "GFLOP/s" if matmul else "samples/s"
    runs = max((len(v) for v in engine.values()), default=0)
    print()
    print("%s, %s, median (min-max) of %d runs, 1 thread" % (bench, unit, runs))
    print("engine: %s   numpy: %s" % ("; ".join(sorted(engine_notes)) or "-",
                                      "; ".join(sorted(numpy_notes)) or "-"))
    print("%7s  %-22s  %-22s  %s" % ("n" if matmul else "median", "engine", "numpy",
                                     "engine/numpy"))
    for size in engine:  # in the order of the first run's lines
        e, n = engine[size], numpy.get(size, [])
        ratio = "%.2f" % (statistics.median(e) / statistics.median(n)) if n else "-"
        print("%7s  %s  %s  %s" % (size, cell(e), cell(n), ratio))


if __name__ == "__main__":
    main()
