package nn.live.ui;

import org.teavm.jso.browser.Window;

import java.util.function.BooleanSupplier;

/// Work in animation-frame slices, so the page stays responsive: each frame runs `step` until
/// `budgetMillis` have passed (or `step` says it is done), then `draw` once.
public final class Loop {
    private final BooleanSupplier step;
    private final Runnable draw;
    private final double budgetMillis;
    private int stepsPerFrame = Integer.MAX_VALUE;
    private boolean running;

    /// `step` returns false when there is nothing more to do.
    public Loop(BooleanSupplier step, Runnable draw, double budgetMillis) {
        this.step = step;
        this.draw = draw;
        this.budgetMillis = budgetMillis;
    }

    /// At most `n` calls of `step` a frame, for an animation paced by steps rather than by the
    /// time budget alone.
    public Loop stepsPerFrame(int n) {
        this.stepsPerFrame = Math.max(1, n);
        return this;
    }

    public boolean running() {
        return running;
    }

    public void start() {
        if (running) return;
        running = true;
        Window.requestAnimationFrame(t -> frame());
    }

    public void stop() {
        running = false;
    }

    private void frame() {
        if (!running) return;
        double end = Dom.now() + budgetMillis;
        boolean more = true;
        for (int n = 0; more && n < stepsPerFrame && Dom.now() < end; n++) {
            more = step.getAsBoolean();
        }
        draw.run();
        if (more) Window.requestAnimationFrame(t -> frame()); else running = false;
    }
}
