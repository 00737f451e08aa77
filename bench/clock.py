"""The clock numpy's benchmarks read, the twin of Clock.java: wall-clock time by default,
the processor time of the calling thread with BENCH_CLOCK=cpu (CLOCK=cpu bench/run.sh), which
on a busy machine leaves out the time the thread waits for a core. OpenBLAS runs on the
calling thread when it has one thread."""
import os
import time

CPU = os.environ.get("BENCH_CLOCK", "wall") == "cpu"
NAME = "cpu" if CPU else "wall"


def now():
    """Seconds since an arbitrary origin, of wall-clock or processor time."""
    return time.thread_time() if CPU else time.perf_counter()
