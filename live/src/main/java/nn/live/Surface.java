package nn.live;

/// A loss surface of two variables `w = (x, y)`: `f(w)`, its gradient `∇f(w)` and its level
/// lines `f = c`, written with the same expressions as the chapter scripts so that every number
/// matches theirs. The valley `½(x² + κy²)` is chapter 2's (`DescendNarrowValley`, κ = 10) and
/// chapter 7's (`DescendQuadratic`, κ = 50); the Rosenbrock function is chapter 7's
/// (`DescendRosenbrock`). Nothing here touches the page.
sealed interface Surface {

    double f(double[] w);

    double[] gradient(double[] w);

    /// The closed level line `f = c`, as `{xs, ys}`.
    double[][] levelLine(double c);

    /// The point where `f` is smallest.
    double[] minimum();

    /// `f(x, y) = ½(x² + κy²)`, `∇f = (x, κy)`; its level lines are ellipses √κ times longer
    /// than they are high.
    record Valley(double kappa) implements Surface {
        public double f(double[] w) {
            return 0.5 * (w[0] * w[0] + kappa * w[1] * w[1]); // ½(x² + κy²)
        }

        public double[] gradient(double[] w) {
            return new double[] {w[0], kappa * w[1]};         // ∇f = (x, κy)
        }

        public double[][] levelLine(double c) {
            int n = 121;
            double[] xs = new double[n], ys = new double[n];
            for (int i = 0; i < n; i++) {
                double s = 2 * Math.PI * i / (n - 1);
                xs[i] = Math.sqrt(2 * c) * Math.cos(s);
                ys[i] = Math.sqrt(2 * c / kappa) * Math.sin(s);
            }
            return new double[][] {xs, ys};
        }

        public double[] minimum() {
            return new double[] {0, 0};
        }
    }

    /// `f(x, y) = (1 − x)² + 100(y − x²)²`, with its minimum `f(1, 1) = 0` at the end of a
    /// curved valley `y ≈ x²`.
    record Rosenbrock() implements Surface {
        public double f(double[] w) {
            double x = w[0], y = w[1];
            return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
        }

        public double[] gradient(double[] w) {
            double x = w[0], y = w[1];
            return new double[] {-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)};
        }

        /// `y = x² ± √((c − (1 − x)²) / 100)` for `|1 − x| ≤ √c`, upper half then lower.
        public double[][] levelLine(double c) {
            int n = 301;
            double[] xs = new double[2 * n], ys = new double[2 * n];
            for (int i = 0; i < n; i++) {
                double x = 1 - Math.sqrt(c) + 2 * Math.sqrt(c) * i / (n - 1);
                double h = Math.sqrt(Math.max(0, c - (1 - x) * (1 - x)) / 100);
                xs[i] = x;
                ys[i] = x * x + h;
                xs[2 * n - 1 - i] = x;
                ys[2 * n - 1 - i] = x * x - h;
            }
            return new double[][] {xs, ys};
        }

        public double[] minimum() {
            return new double[] {1, 1};
        }
    }
}
