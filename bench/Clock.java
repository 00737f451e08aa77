import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/// The clock the engine's benchmarks read. By default wall-clock time (`System.nanoTime`).
/// With `-Dbench.clock=cpu` (`CLOCK=cpu bench/run.sh`) the processor time of the calling
/// thread plus the time the garbage collectors have paused the program: on a machine busy
/// with other work, that leaves out the time the thread waits for a core, which wall-clock
/// time counts. The programs measure their warm-up and their measuring time on this clock too,
/// so that they do the same work on a busy machine as on an idle one. `clock.py` is numpy's
/// side of the same clock.
final class Clock {
    static final boolean CPU = "cpu".equals(System.getProperty("bench.clock", "wall"));
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Clock() {}

    /// Nanoseconds since an arbitrary origin, of wall-clock or processor time (see above).
    static long nanos() {
        if (!CPU) return System.nanoTime();
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        return THREADS.getCurrentThreadCpuTime() + gcMillis * 1_000_000;
    }

    /// `wall` or `cpu`, for the first line of a benchmark's output.
    static String name() { return CPU ? "cpu" : "wall"; }
}
