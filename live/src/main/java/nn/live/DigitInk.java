package nn.live;

import java.util.List;

/// Chapter 11: pen strokes turned into a 28 × 28 picture prepared the way MNIST prepared its
/// scans: the ink is scaled, keeping its aspect ratio, to fit a 20 × 20 box, then moved so
/// that its centre of mass sits at the centre of the 28 × 28 grid. Pixels are in `[0, 1]`,
/// row by row from the top left (`pixels[28·row + column]`), as `Mnist` lays them out.
///
/// A stroke is a polyline `{x₀, y₀, x₁, y₁, …}` in fractions of the drawing area's side, `y`
/// pointing down as on a canvas; one point is a dot. Because the strokes are drawn again at
/// the small size with a fixed pen, the line width in the picture does not depend on how
/// large the reader drew.
final class DigitInk {
    static final int SIDE = 28;
    static final double BOX = 20;
    /// Where the centre of mass goes, pixel `(row, column)` covering `[column, column + 1)` ×
    /// `[row, row + 1)`: the middle of pixel `(14, 14)`, as in MNIST (the 8,000 training
    /// digits' centres of mass average 14.50 across and 14.49 down).
    static final double CENTRE = 14.5;
    /// Half the pen's width in MNIST pixels. With 1.3 the 2,000 retraced test digits
    /// (`DigitStrokes`) carry about as much ink as the originals, 100.0 against 102.6 per digit.
    static final double PEN = 1.3;
    /// Drawings smaller than this share of the drawing area are enlarged no further than it.
    static final double MIN_EXTENT = 0.04;

    private DigitInk() {}

    /// The MNIST-like picture of `strokes` (784 values); all zeros when there are no points.
    static double[] image(List<double[]> strokes) {
        double[] box = bounds(strokes);
        if (box == null) return new double[SIDE * SIDE];
        double extent = Math.max(Math.max(box[2] - box[0], box[3] - box[1]), MIN_EXTENT);
        double scale = (BOX - 2 * PEN) / extent; // the ink, pen included, spans BOX pixels
        double cx = (box[0] + box[2]) / 2, cy = (box[1] + box[3]) / 2;
        double dx = CENTRE - scale * cx, dy = CENTRE - scale * cy;
        double[] mass = centreOfMass(render(strokes, scale, dx, dy));
        return render(strokes, scale, dx + CENTRE - mass[0], dy + CENTRE - mass[1]);
    }

    /// `{minX, minY, maxX, maxY}` of all points, or null when there are none.
    static double[] bounds(List<double[]> strokes) {
        double[] box = null;
        for (double[] s : strokes) {
            for (int k = 0; k + 1 < s.length; k += 2) {
                if (box == null) box = new double[] {s[k], s[k + 1], s[k], s[k + 1]};
                box[0] = Math.min(box[0], s[k]);
                box[1] = Math.min(box[1], s[k + 1]);
                box[2] = Math.max(box[2], s[k]);
                box[3] = Math.max(box[3], s[k + 1]);
            }
        }
        return box;
    }

    /// The centre of mass `{x, y}` of a picture, pixel `(row, column)` standing at its centre
    /// `(column + ½, row + ½)`; `CENTRE` when the picture is blank.
    static double[] centreOfMass(double[] pixels) {
        double total = 0, x = 0, y = 0;
        for (int k = 0; k < pixels.length; k++) {
            total += pixels[k];
            x += pixels[k] * (k % SIDE + 0.5);
            y += pixels[k] * (k / SIDE + 0.5);
        }
        if (total == 0) return new double[] {CENTRE, CENTRE};
        return new double[] {x / total, y / total};
    }

    /// The strokes drawn with the pen after mapping each point `p` to `scale·p + (dx, dy)`.
    private static double[] render(List<double[]> strokes, double scale, double dx, double dy) {
        double[] pixels = new double[SIDE * SIDE];
        for (double[] s : strokes) {
            for (int k = 0; k + 1 < s.length; k += 2) {
                int next = k + 3 < s.length ? k + 2 : k; // a lone point is a segment of length 0
                segment(pixels, scale * s[k] + dx, scale * s[k + 1] + dy,
                        scale * s[next] + dx, scale * s[next + 1] + dy);
                if (next == k) break;
            }
        }
        return pixels;
    }

    /// Inks the pixels near the segment from `(ax, ay)` to `(bx, by)`: a pixel whose centre is
    /// `d` from the segment gets `clamp(PEN + ½ − d, 0, 1)`, about the share of it that a pen
    /// of half-width `PEN` covers, so the edges are soft like MNIST's.
    private static void segment(double[] pixels, double ax, double ay, double bx, double by) {
        int left = Math.max(0, (int) Math.floor(Math.min(ax, bx) - PEN - 1));
        int right = Math.min(SIDE - 1, (int) Math.ceil(Math.max(ax, bx) + PEN + 1));
        int top = Math.max(0, (int) Math.floor(Math.min(ay, by) - PEN - 1));
        int bottom = Math.min(SIDE - 1, (int) Math.ceil(Math.max(ay, by) + PEN + 1));
        for (int row = top; row <= bottom; row++) {
            for (int col = left; col <= right; col++) {
                double d = distance(col + 0.5, row + 0.5, ax, ay, bx, by);
                double ink = Math.max(0, Math.min(1, PEN + 0.5 - d));
                int k = SIDE * row + col;
                pixels[k] = Math.max(pixels[k], ink);
            }
        }
    }

    /// The distance from `(px, py)` to the segment from `(ax, ay)` to `(bx, by)`.
    static double distance(double px, double py, double ax, double ay, double bx, double by) {
        double ux = bx - ax, uy = by - ay;
        double length2 = ux * ux + uy * uy;
        double t = length2 == 0 ? 0 : ((px - ax) * ux + (py - ay) * uy) / length2;
        t = Math.max(0, Math.min(1, t));
        double ex = px - ax - t * ux, ey = py - ay - t * uy;
        return Math.sqrt(ex * ex + ey * ey);
    }
}
