package nn.live;

import nn.math.Matrix;

import java.util.function.Function;

/// Chapter 10: a model's probability on a `cols × rows` grid of points spread over a data
/// window (`x0, x1, y0, y1`), computed in one batch, and read back anywhere in the window by
/// bilinear interpolation. One `n × 2` forward pass costs far less than `n` passes of one row,
/// which is what lets the playground redraw its decision regions every frame.
final class ProbabilityGrid {
    private final double[] window;
    private final int cols, rows;
    private final Matrix p; // (rows·cols) × 1, row r of the grid first; r = 0 at y0

    private ProbabilityGrid(double[] window, int cols, int rows, Matrix p) {
        this.window = window;
        this.cols = cols;
        this.rows = rows;
        this.p = p;
    }

    /// `model` maps an `n × 2` matrix of points to their `n × 1` probabilities. The grid points
    /// sit at the centres of `cols × rows` equal cells, as the cells of `Plot.field` do.
    static ProbabilityGrid of(Function<Matrix, Matrix> model, double[] window, int cols, int rows) {
        double[] xy = new double[2 * cols * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = 2 * (r * cols + c);
                xy[i] = window[0] + (c + 0.5) / cols * (window[1] - window[0]);
                xy[i + 1] = window[2] + (r + 0.5) / rows * (window[3] - window[2]);
            }
        }
        return new ProbabilityGrid(window, cols, rows,
                model.apply(Matrix.wrap(cols * rows, 2, xy)));
    }

    /// The probability at `(x, y)`, interpolated between the four nearest grid points; 0.5
    /// (undecided) where the model gives no number, as after its weights overflowed.
    double at(double x, double y) {
        double u = (x - window[0]) / (window[1] - window[0]) * cols - 0.5;
        double v = (y - window[2]) / (window[3] - window[2]) * rows - 0.5;
        int c = clamp((int) Math.floor(u), cols - 2), r = clamp((int) Math.floor(v), rows - 2);
        double s = Math.clamp(u - c, 0, 1), t = Math.clamp(v - r, 0, 1);
        double low = value(r, c) * (1 - s) + value(r, c + 1) * s;
        double high = value(r + 1, c) * (1 - s) + value(r + 1, c + 1) * s;
        double p = low * (1 - t) + high * t;
        return Double.isFinite(p) ? p : 0.5;
    }

    private double value(int r, int c) {
        return p.get(r * cols + c, 0);
    }

    private static int clamp(int i, int max) {
        return Math.max(0, Math.min(max, i));
    }
}
