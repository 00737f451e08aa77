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
        this.enabled = verbose && System.console() != null && System.console().isTerminal();
        this.epochs = epochs;
        this.metrics = metrics;
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
