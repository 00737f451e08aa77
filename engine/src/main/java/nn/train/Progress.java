package nn.train;

import java.util.List;

/// A one-line progress display on `System.err`, redrawn in place with `\r`. It shows only when
/// asked to (`verbose`), when `System.err` goes to a terminal, and once a run has taken more
/// than 2 seconds, so tests, scripts and short runs stay quiet.
final class Progress {
    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private final boolean enabled;
    private final int epochs;
    private final List<Metric> metrics;
    private final long start = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;

    Progress(boolean verbose, int epochs, List<Metric> metrics) {
        this.enabled = verbose && onTerminal();
        this.epochs = epochs;
        this.metrics = metrics;
    }

    // Since JDK 22 `System.console()` exists even when output is redirected, and
    // `Console.isTerminal()` tells the two apart. It is looked up by name: the JavaScript class
    // library that the book's widgets compile against has no such method.
    private static boolean onTerminal() {
        var console = System.console();
        if (console == null) return false;
        try {
            return (boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    void show(History.Epoch e) {
        long now = System.nanoTime();
        if (!enabled || now - start < QUIET_NANOS) return;
        if (now - lastDrawn < REDRAW_NANOS && e.epoch() < epochs) return;
        System.err.print("\r" + line(e) + "   ");
        System.err.flush();
        lastDrawn = now;
        drawn = true;
    }

    void done() {
        if (drawn) System.err.println();
    }

    /// E.g. `epoch  40/100 [========            ] loss 0.1234 val_loss 0.2345 accuracy 0.9500`.
    String line(History.Epoch e) {
        int filled = 20 * e.epoch() / epochs;
        var out = new StringBuilder("epoch %4d/%d [%s%s] loss %.4f".formatted(e.epoch(), epochs,
                "=".repeat(filled), " ".repeat(20 - filled), e.loss()));
        if (e.hasValidation()) out.append(" val_loss %.4f".formatted(e.validationLoss()));
        for (Metric m : metrics) {
            out.append(" %s %.4f".formatted(m.name(), e.metric(m.name())));
            if (e.hasValidation()) {
                out.append(" val_%s %.4f".formatted(m.name(), e.validationMetric(m.name())));
            }
        }
        return out.toString();
    }
}
