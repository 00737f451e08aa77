"""Prints the table of one benchmark from the engine's and numpy's result files.

Each file holds the lines of several runs: `path <p>` / `blas <...>` / `loss <l>` /
`clock <wall|cpu>` describe the run, and `<benchmark> <size> <value>` lines carry the numbers: GFLOP/s for matmul (size: n of
the n x n matrices), samples/s for mlp (size: `epochs` or `batches`, the measure: see
MlpBench.java), microseconds per batch for mlp-steps (size: the step, see MlpSteps.java).
The last column is always the engine's speed relative to numpy's (above 1: the engine is
faster): the ratio of the values, or of numpy's time to the engine's for mlp-steps.
"""
import os
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
        if word in ("path", "blas", "loss", "clock"):
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
    matmul, steps = bench.startswith("matmul"), bench.startswith("mlp-steps")
    unit = "GFLOP/s" if matmul else "µs per batch" if steps else "samples/s"
    runs = max((len(v) for v in engine.values()), default=0)
    print()
    isa = os.environ.get("ISA", "native")
    threads = "2 threads" if bench.endswith("-2t") else "1 thread"
    print("%s, %s, median (min-max) of %d runs, %s, ISA %s" % (bench, unit, runs, threads, isa))
    print("engine: %s   numpy: %s" % ("; ".join(sorted(engine_notes)) or "-",
                                      "; ".join(sorted(numpy_notes)) or "-"))
    width = max([7] + [len(str(size)) for size in engine])
    print("%*s  %-22s  %-22s  %s" % (width, "n" if matmul else "step" if steps else "median",
                                     "engine", "numpy", "engine/numpy"))
    for size in engine:  # in the order of the first run's lines
        e, n = engine[size], numpy.get(size, [])
        print("%*s  %s  %s  %s" % (width, size, cell(e), cell(n), speed(e, n, steps)))
    if steps:  # the batch: the sum of the steps' medians
        e = [sum(statistics.median(v) for v in engine.values())]
        n = [sum(statistics.median(v) for v in numpy.values())] if numpy else []
        print("%*s  %s  %s  %s" % (width, "sum", cell(e), cell(n), speed(e, n, steps)))


def speed(engine, numpy, times):
    """The engine's speed relative to numpy's, from their medians (times: µs, else rates)."""
    if not numpy or not engine:
        return "-"
    e, n = statistics.median(engine), statistics.median(numpy)
    return "%.2f" % (n / e if times else e / n)


if __name__ == "__main__":
    main()
