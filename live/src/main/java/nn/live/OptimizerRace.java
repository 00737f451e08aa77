package nn.live;

import nn.layers.Parameter;
import nn.math.Matrix;
import nn.optim.Adagrad;
import nn.optim.Adam;
import nn.optim.Momentum;
import nn.optim.Nesterov;
import nn.optim.Optimizer;
import nn.optim.RMSprop;
import nn.optim.SGD;

import java.util.List;

/// Chapter 7: the engine's six optimizers racing over one surface from one start. Each moves
/// its own point `w`, a 1 × 2 `Parameter`, the way `Descent.path` does: zero the gradient, put
/// `∇f(w)` into it, call `step`. A run stops when its point is no longer finite. Nothing here
/// touches the page.
final class OptimizerRace {
    static final List<String> NAMES =
            List.of("SGD", "momentum", "Nesterov", "Adagrad", "RMSprop", "Adam");

    /// A surface, its start, the chapter's learning rate for each optimizer (in `NAMES` order),
    /// how many steps the race runs, how many the chapter's figure shows, the chart's window
    /// `{x0, x1, y0, y1}` and the levels of its contour lines.
    record Course(String name, Surface surface, double[] start, double[] rates, int steps,
                  int figureSteps, double[] window, double[] levels) {}

    /// `DescendRosenbrock`: from (−1.5, 2), each optimizer at the rate the chapter chose.
    static final Course ROSENBROCK = new Course("Rosenbrock", new Surface.Rosenbrock(),
            new double[] {-1.5, 2}, new double[] {1e-3, 1e-3, 1e-3, 1.0, 1e-2, 0.03}, 2000, 300,
            new double[] {-2, 2, -1, 3}, new double[] {0.3, 1.5, 5, 20, 60, 200});

    /// `DescendQuadratic`: the valley ½(x² + 50y²) from (−8, 1), every optimizer at η = 0.025.
    static final Course VALLEY = new Course("valley", new Surface.Valley(50),
            new double[] {-8, 1}, new double[] {0.025, 0.025, 0.025, 0.025, 0.025, 0.025}, 150,
            60, new double[] {-10, 3, -1.5, 1.5}, new double[] {0.5, 2, 8, 20, 40});

    private final Course course;
    private final double[] rates;
    private final Optimizer[] optimizers;
    private final Parameter[] points;
    private final double[][] xs, ys;  // each optimizer's path; entry t is w after t steps
    private final int[] lengths;      // points in each path (a stopped run stops growing)
    private int t;

    /// Every optimizer at its course rate times `rateScale`; `beta` is the momentum of
    /// momentum and Nesterov and Adam's `β₁`, `beta2` is Adam's `β₂`.
    OptimizerRace(Course course, double rateScale, double beta, double beta2) {
        this.course = course;
        int n = NAMES.size();
        rates = new double[n];
        optimizers = new Optimizer[n];
        points = new Parameter[n];
        xs = new double[n][course.steps() + 1];
        ys = new double[n][course.steps() + 1];
        lengths = new int[n];
        for (int i = 0; i < n; i++) {
            rates[i] = course.rates()[i] * rateScale;
            optimizers[i] = optimizer(i, rates[i], beta, beta2);
            points[i] = new Parameter("w", Matrix.row(course.start().clone()));
            record(i);
        }
    }

    private static Optimizer optimizer(int i, double eta, double beta, double beta2) {
        return switch (i) {
            case 0 -> new SGD(eta);
            case 1 -> new Momentum(eta, beta);
            case 2 -> new Nesterov(eta, beta);
            case 3 -> new Adagrad(eta);
            case 4 -> new RMSprop(eta);
            default -> new Adam(eta, beta, beta2, 1e-8);
        };
    }

    /// One step of every run still going; false once the course's steps are done.
    boolean step() {
        if (t == course.steps()) return false;
        t++;
        for (int i = 0; i < points.length; i++) {
            if (stopped(i)) continue;
            Parameter w = points[i];
            w.zeroGrad();
            w.grad().accumulate(Matrix.row(course.surface().gradient(w.value().toArray())));
            optimizers[i].step(List.of(w));                   // w ← update(w, ∇f(w))
            record(i);
        }
        return t < course.steps();
    }

    private void record(int i) {
        double[] w = points[i].value().toArray();
        xs[i][lengths[i]] = w[0];
        ys[i][lengths[i]] = w[1];
        lengths[i]++;
    }

    /// True when run `i`'s point overflowed; its path ends at the first point that did.
    boolean stopped(int i) {
        return points[i].value().firstNonFinite() != null;
    }

    Course course() { return course; }

    int steps() { return t; }

    double rate(int i) { return rates[i]; }

    int length(int i) { return lengths[i]; }

    double[] xs(int i) { return xs[i]; }

    double[] ys(int i) { return ys[i]; }

    /// Where run `i` stands now (the last point of its path).
    double[] position(int i) {
        return new double[] {xs[i][lengths[i] - 1], ys[i][lengths[i] - 1]};
    }

    double loss(int i) {
        return course.surface().f(position(i));
    }

    /// Every optimizer's `(x, y)` after the Rosenbrock figure's 300 steps, at the chapter's
    /// rates with `β = 0.9`, `β₂ = 0.999`: the dots of `DescendRosenbrock`'s path figure.
    static String check() {
        var race = new OptimizerRace(ROSENBROCK, 1, 0.9, 0.999);
        while (race.steps() < ROSENBROCK.figureSteps()) race.step();
        var out = new StringBuilder();
        for (int i = 0; i < NAMES.size(); i++) {
            double[] w = race.position(i);
            if (out.length() > 0) out.append("; ");
            out.append(NAMES.get(i) + " " + w[0] + " " + w[1]);
        }
        return out.toString();
    }
}
