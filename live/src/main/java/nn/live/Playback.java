package nn.live;

import nn.live.ui.Controls;
import nn.live.ui.Dom;
import nn.live.ui.Loop;
import org.teavm.jso.dom.html.HTMLButtonElement;

/// The Play/Pause, Step and Reset buttons of a figure that shows a process step by step, and
/// the `Loop` that plays it: one step every `intervalMillis`, at most `perFrame` steps a frame.
/// With reduced motion, Play shows the end at once. Play at the end starts again from the
/// beginning.
final class Playback {
    /// What is played: one step at a time from a beginning to an end.
    interface Steps {
        boolean atEnd();

        void advance();

        void rewind();
    }

    private final Steps steps;
    private final Runnable draw;
    private final HTMLButtonElement play;
    private final String playLabel;
    private double intervalMillis;
    private int perFrame = 1;
    private Loop loop;
    private double next;
    private boolean changed;

    Playback(Controls controls, String playLabel, Steps steps, Runnable draw) {
        this.steps = steps;
        this.draw = draw;
        this.playLabel = playLabel;
        play = controls.button(playLabel, this::toggle);
        controls.button("Step", this::step);
        controls.button("Reset", this::reset);
    }

    Playback pace(double intervalMillis, int perFrame) {
        this.intervalMillis = intervalMillis;
        this.perFrame = perFrame;
        return this;
    }

    boolean playing() {
        return loop != null && loop.running();
    }

    void stop() {
        if (loop != null) loop.stop();
        show(false);
    }

    private void toggle() {
        if (playing()) {
            stop();
            return;
        }
        if (steps.atEnd()) steps.rewind();
        boolean instant = Dom.reducedMotion();
        next = 0;
        loop = new Loop(instant ? this::advance : this::paced, this::frame, 10)
                .stepsPerFrame(instant ? Integer.MAX_VALUE : perFrame);
        show(true);
        loop.start();
    }

    private boolean paced() {
        double now = Dom.now();
        if (now < next) return true;
        next = now + intervalMillis;
        return advance();
    }

    private boolean advance() {
        if (!steps.atEnd()) steps.advance();
        changed = true;
        boolean more = !steps.atEnd();
        if (!more) show(false);
        return more;
    }

    private void frame() {
        if (changed) draw.run();
        changed = false;
    }

    private void step() {
        stop();
        if (!steps.atEnd()) steps.advance();
        draw.run();
    }

    private void reset() {
        stop();
        steps.rewind();
        draw.run();
    }

    private void show(boolean playing) {
        play.setTextContent(playing ? "Pause" : playLabel);
    }
}
