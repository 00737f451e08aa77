"""One benchmark run of numpy's matrix product (OpenBLAS dgemm), the twin of MatMulBench.java.

For each size n it multiplies two seeded n x n float64 matrices repeatedly for about `seconds`
and prints `matmul <n> <GFLOP/s>` (a product costs 2 n^3 flops): the median over batches of
about 20 ms, as in the Java run. The first line says which
BLAS kernel runs: `blas <library> <core type> threads=<n>` (threadpoolctl when installed, else
asked of OpenBLAS itself through ctypes).

Usage: python3 matmul_numpy.py [seconds] [n ...]
"""
import ctypes
import glob
import os
import statistics
import sys
import time

import numpy as np

import clock


def blas_info():
    try:
        from threadpoolctl import threadpool_info
        for pool in threadpool_info():
            if pool.get("user_api") == "blas":
                return "%s %s threads=%s" % (pool["internal_api"], pool.get("architecture"),
                                             pool["num_threads"])
    except ImportError:
        pass
    libs = os.path.join(os.path.dirname(os.path.dirname(np.__file__)), "numpy.libs")
    for path in glob.glob(os.path.join(libs, "*openblas*")):
        lib = ctypes.CDLL(path)
        for prefix in ("scipy_openblas_", "openblas_"):
            for suffix in ("64_", ""):
                corename = getattr(lib, prefix + "get_corename" + suffix, None)
                threads = getattr(lib, prefix + "get_num_threads" + suffix, None)
                if corename and threads:
                    corename.restype = ctypes.c_char_p
                    return "openblas %s threads=%d" % (corename().decode(), threads())
    return "unknown (numpy.show_config() lists the BLAS numpy was built with)"


def measure(a, b, seconds):
    flops = 2.0 * a.shape[0] * a.shape[1] * b.shape[1]
    end = clock.now() + seconds
    rates = []
    while not rates or clock.now() < end:
        start = clock.now()
        reps = 0
        while True:
            a @ b
            reps += 1
            now = clock.now()
            if now - start >= 0.02:
                break
        rates.append(flops * reps / (now - start) / 1e9)
    return statistics.median(rates)


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 0.5
    sizes = [int(s) for s in sys.argv[2:]] or [128, 256, 512, 1024]
    print("blas", blas_info())
    print("clock", clock.NAME)
    rng = np.random.default_rng(42)
    for n in sizes:
        a, b = rng.standard_normal((n, n)), rng.standard_normal((n, n))
        measure(a, b, min(seconds, 0.3))  # warm-up, as in the Java run
        print("matmul %d %.3f" % (n, measure(a, b, seconds)))


if __name__ == "__main__":
    main()
