package nn.live;

import nn.live.ui.Choice;
import nn.live.ui.Controls;
import nn.live.ui.Dom;
import nn.live.ui.Plot;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

import java.util.List;

/// Chapter 7: SGD, momentum, Nesterov, Adagrad, RMSprop and Adam racing over the Rosenbrock
/// function (`DescendRosenbrock`) or the valley `½(x² + 50y²)` (`DescendQuadratic`). It opens
/// where the chapter's figure stops; Train runs on, Step takes one step. The sliders scale every
/// optimizer's learning rate and set `β` and Adam's `β₂`; the buttons below show or hide each
/// optimizer. The readout gives every shown optimizer's loss.
final class OptimizerRaceWidget implements Playback.Steps {
    private static final double[] SCALES = {0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2, 3, 5, 10};
    private static final double[] BETAS = {0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99};
    private static final double[] BETAS2 = {0.9, 0.99, 0.999, 0.9999};
    private final Choice surface;
    private final ListSlider scale, beta, beta2;
    private final Playback playback;
    private final boolean[] shown = new boolean[OptimizerRace.NAMES.size()];
    private final Plot plot;
    private final HTMLElement readout;
    private OptimizerRace race;

    OptimizerRaceWidget(HTMLElement root) {
        var controls = new Controls(root);
        surface = controls.choice("surface", List.of("Rosenbrock", "valley"), "Rosenbrock")
                .onChange(this::restart);
        scale = new ListSlider(controls, "η ×", SCALES, 1).onChange(this::rerun);
        beta = new ListSlider(controls, "β", BETAS, 0.9).onChange(this::rerun);
        beta2 = new ListSlider(controls, "Adam β₂", BETAS2, 0.999).onChange(this::rerun);
        playback = new Playback(controls, "Train", this, this::draw);
        toggles(new Controls(root));
        plot = new Plot(root, "", 0.8).maxWidth("38rem").axisLabels("x", "y");
        readout = Dom.element(root, "p", "live-readout");
        readout.setAttribute("aria-live", "polite");
        restart();
    }

    /// One button per optimizer, pressed while its path is shown, with its series colour.
    private void toggles(Controls row) {
        for (int i = 0; i < shown.length; i++) {
            int k = i;
            shown[k] = true;
            HTMLButtonElement button = row.button(OptimizerRace.NAMES.get(k), () -> {});
            HTMLElement swatch = Dom.element(null, "span", "live-swatch");
            swatch.getStyle().setProperty("background", "var(--live-" + (k + 1) + ")");
            button.insertBefore(swatch, button.getFirstChild());
            button.setAttribute("aria-pressed", "true");
            button.addEventListener("click", e -> {
                shown[k] = !shown[k];
                button.setAttribute("aria-pressed", Boolean.toString(shown[k]));
                draw();
            });
        }
    }

    private OptimizerRace.Course course() {
        return surface.value().equals("valley") ? OptimizerRace.VALLEY : OptimizerRace.ROSENBROCK;
    }

    /// A new race on the chosen surface, run as far as the chapter's figure goes.
    private void restart() {
        playback.stop();
        var c = course();
        double[] w = c.window();
        plot.area(w[0], w[1], w[2], w[3]);
        playback.pace(0, Math.max(1, c.steps() / 500));
        runTo(c.figureSteps());
    }

    /// The race again with the new settings, run to the step it had reached.
    private void rerun() {
        runTo(race.steps());
    }

    private void runTo(int steps) {
        race = new OptimizerRace(course(), scale.value(), beta.value(), beta2.value());
        while (race.steps() < steps) race.step();
        draw();
    }

    public boolean atEnd() { return race.steps() == race.course().steps(); }

    public void advance() { race.step(); }

    public void rewind() { runTo(0); }

    private void draw() {
        var c = race.course();
        plot.begin();
        var theme = plot.theme();
        double[] w = c.window();
        double top = Math.log1p(c.surface().f(new double[] {w[0], w[3]}));
        plot.field(48, (x, y) -> Math.log1p(c.surface().f(new double[] {x, y})) / top,
                theme.background(), theme.series(5), 0.35);
        for (double level : c.levels()) {
            double[][] line = c.surface().levelLine(level);
            plot.line(line[0], line[1], line[0].length, theme.muted(), 1);
        }
        double[] min = c.surface().minimum();
        plot.dot(min[0], min[1], 4, theme.text());
        for (int i = 0; i < shown.length; i++) if (shown[i]) drawPath(i, theme.series(i));
        legend();
        describe();
    }

    private void drawPath(int i, String colour) {
        double[] w = race.course().window();
        double dx = w[1] - w[0], dy = w[3] - w[2];
        double[][] cut = ClippedPath.clip(race.xs(i), race.ys(i), race.length(i),
                w[0] - dx, w[1] + dx, w[2] - dy, w[3] + dy);
        plot.line(cut[0], cut[1], cut[0].length, colour, 1.75);
        double[] p = race.position(i);
        if (p[0] >= w[0] && p[0] <= w[1] && p[1] >= w[2] && p[1] <= w[3]) {
            plot.dot(p[0], p[1], 5, colour);
        }
    }

    private void legend() {
        int row = 0;
        for (int i = 0; i < shown.length; i++) {
            if (shown[i]) plot.legend(row++, OptimizerRace.NAMES.get(i), plot.theme().series(i),
                    "right");
        }
    }

    private void describe() {
        var c = race.course();
        readout.setTextContent("");
        Dom.text(readout, "span", null, "step " + race.steps() + " of " + c.steps());
        var text = new StringBuilder();
        for (int i = 0; i < shown.length; i++) {
            if (!shown[i]) continue;
            String line = OptimizerRace.NAMES.get(i) + " η " + ShortNumbers.of(race.rate(i))
                    + ": " + loss(i);
            Dom.text(readout, "span", "live-wrap", line);
            text.append("; ").append(line);
        }
        plot.describe("Level lines of the " + c.name() + " surface and the paths of the shown"
                + " optimizers after " + race.steps() + " steps from (" + c.start()[0] + ", "
                + c.start()[1] + ")" + text + ".");
    }

    /// `f` where run `i` stands, or how it diverged (as the script's table: `f ≥ 1e6`).
    private String loss(int i) {
        if (race.stopped(i)) return "overflow at step " + (race.length(i) - 1);
        double f = race.loss(i);
        return "f = " + ShortNumbers.of(f) + (f < 1e6 ? "" : ", diverging");
    }
}
