package nn.live;

import java.util.Arrays;

/// A polyline cut to a box, so that a diverging path stays drawable: segments inside the box
/// stay, segments that cross its edge end on it, and segments outside it (or with a point that
/// is not finite) become breaks, marked by `NaN`, which `Plot.line` does not join.
final class ClippedPath {
    private ClippedPath() {}

    /// The first `n` points `(xs[i], ys[i])` cut to `[x0, x1] × [y0, y1]`, as `{xs, ys}`.
    static double[][] clip(double[] xs, double[] ys, int n,
                           double x0, double x1, double y0, double y1) {
        double[] outX = new double[3 * n], outY = new double[3 * n];
        int m = 0;
        boolean joined = false; // the last point written is the previous segment's own end
        for (int i = 0; i + 1 < n; i++) {
            double[] s = segment(xs[i], ys[i], xs[i + 1], ys[i + 1], x0, x1, y0, y1);
            if (s == null) {
                joined = false;
                continue;
            }
            if (!joined || s[4] > 0) {
                if (m > 0) {
                    outX[m] = Double.NaN;
                    outY[m++] = Double.NaN;
                }
                outX[m] = s[0];
                outY[m++] = s[1];
            }
            outX[m] = s[2];
            outY[m++] = s[3];
            joined = s[5] == 1;
        }
        return new double[][] {Arrays.copyOf(outX, m), Arrays.copyOf(outY, m)};
    }

    /// Liang–Barsky: the part `{ax, ay, bx, by, t0, t1}` of the segment `a → b` inside the
    /// box, where `t0`, `t1` are its ends as fractions of the way from `a` to `b`; or null.
    private static double[] segment(double ax, double ay, double bx, double by,
                                    double x0, double x1, double y0, double y1) {
        if (!Double.isFinite(ax + ay + bx + by)) return null;
        double dx = bx - ax, dy = by - ay;
        double[] p = {-dx, dx, -dy, dy}, q = {ax - x0, x1 - ax, ay - y0, y1 - ay};
        double t0 = 0, t1 = 1;
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) return null;
            } else {
                double t = q[k] / p[k];
                if (p[k] < 0) t0 = Math.max(t0, t); else t1 = Math.min(t1, t);
            }
        }
        if (t0 > t1) return null;
        return new double[] {ax + t0 * dx, ay + t0 * dy, ax + t1 * dx, ay + t1 * dy, t0, t1};
    }
}
