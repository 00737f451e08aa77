package nn.live;

import java.util.ArrayList;
import java.util.List;

/// Chapter 11: pen strokes that retrace a 28 × 28 digit, so that the live figure can "draw" a
/// held-out test digit as a reader would, and a browser test can replay them as pointer
/// events. The pixels above one half are thinned to a skeleton one pixel wide (Zhang and
/// Suen's method), and the skeleton is walked into polylines, endpoints first. Drawn again by
/// `DigitInk`, the 2,000 test digits keep most of what the network needs: the chapter's
/// 784-64-10 network classifies 92.30% of them right, against 92.85% of the originals.
///
/// Strokes come out as `DigitInk` takes them: `{x₀, y₀, x₁, y₁, …}` in fractions of the
/// drawing area, pixel `(row, column)` at `((column + ½) / 28, (row + ½) / 28)`.
final class DigitStrokes {
    static final double THRESHOLD = 0.5;
    private static final int SIDE = DigitInk.SIDE;
    /// Row and column steps to the 8 neighbours, clockwise from the one above (P2 … P9).
    private static final int[] DR = {-1, -1, 0, 1, 1, 1, 0, -1};
    private static final int[] DC = {0, 1, 1, 1, 0, -1, -1, -1};

    private DigitStrokes() {}

    /// The strokes that retrace `pixels` (784 values in `[0, 1]`, row by row).
    static List<double[]> of(double[] pixels) {
        boolean[] ink = new boolean[SIDE * SIDE];
        for (int k = 0; k < ink.length; k++) ink[k] = pixels[k] > THRESHOLD;
        thin(ink);
        return trace(ink);
    }

    /// Zhang–Suen thinning, in place: peels boundary pixels in two alternating sub-steps until
    /// none can go without breaking the shape apart or shortening a line's ends.
    static void thin(boolean[] ink) {
        boolean changed = true;
        while (changed) {
            changed = peel(ink, 0) | peel(ink, 1);
        }
    }

    private static boolean peel(boolean[] ink, int pass) {
        List<Integer> remove = new ArrayList<>();
        for (int k = 0; k < ink.length; k++) {
            if (!ink[k]) continue;
            boolean[] p = neighbours(ink, k); // p[0] = P2 (above), clockwise to p[7] = P9
            int b = 0, a = 0;
            for (int i = 0; i < 8; i++) {
                if (p[i]) b++;
                if (!p[i] && p[(i + 1) % 8]) a++;
            }
            boolean sides = pass == 0 ? !(p[0] && p[2] && p[4]) && !(p[2] && p[4] && p[6])
                    : !(p[0] && p[2] && p[6]) && !(p[0] && p[4] && p[6]);
            if (b >= 2 && b <= 6 && a == 1 && sides) remove.add(k);
        }
        for (int k : remove) ink[k] = false;
        return !remove.isEmpty();
    }

    /// Walks the skeleton into polylines. Each starts at the unvisited pixel with the fewest
    /// unvisited neighbours (a line's end if there is one) and steps to unvisited neighbours,
    /// side neighbours before diagonal ones; both ends join a neighbouring pixel already
    /// drawn, so that branches and closed loops leave no gaps.
    static List<double[]> trace(boolean[] skeleton) {
        boolean[] left = skeleton.clone();
        List<double[]> strokes = new ArrayList<>();
        for (int start = nextStart(left); start >= 0; start = nextStart(left)) {
            List<Integer> path = new ArrayList<>();
            int joined = drawnNeighbour(skeleton, left, start, List.of());
            if (joined >= 0) path.add(joined);
            for (int k = start; k >= 0; k = unvisitedNeighbour(left, k)) {
                left[k] = false;
                path.add(k);
            }
            int end = drawnNeighbour(skeleton, left, path.getLast(), path.subList(
                    Math.max(0, path.size() - 3), path.size()));
            if (end >= 0) path.add(end);
            strokes.add(smooth(points(path)));
        }
        return strokes;
    }

    private static int nextStart(boolean[] left) {
        int best = -1, fewest = 9;
        for (int k = 0; k < left.length; k++) {
            if (!left[k]) continue;
            int n = 0;
            for (boolean p : neighbours(left, k)) if (p) n++;
            if (n < fewest) {
                best = k;
                fewest = n;
            }
        }
        return best;
    }

    private static int unvisitedNeighbour(boolean[] left, int k) {
        for (int i : new int[] {0, 2, 4, 6, 1, 3, 5, 7}) {
            int n = neighbour(k, i);
            if (n >= 0 && left[n]) return n;
        }
        return -1;
    }

    /// A skeleton pixel next to `k` that is already drawn and not in `except`, or -1.
    private static int drawnNeighbour(boolean[] skeleton, boolean[] left, int k,
                                      List<Integer> except) {
        for (int i : new int[] {0, 2, 4, 6, 1, 3, 5, 7}) {
            int n = neighbour(k, i);
            if (n >= 0 && skeleton[n] && !left[n] && !except.contains(n)) return n;
        }
        return -1;
    }

    private static boolean[] neighbours(boolean[] ink, int k) {
        boolean[] p = new boolean[8];
        for (int i = 0; i < 8; i++) {
            int n = neighbour(k, i);
            p[i] = n >= 0 && ink[n];
        }
        return p;
    }

    /// The index of neighbour `i` of pixel `k`, or -1 outside the grid.
    private static int neighbour(int k, int i) {
        int row = k / SIDE + DR[i], col = k % SIDE + DC[i];
        return row < 0 || row >= SIDE || col < 0 || col >= SIDE ? -1 : SIDE * row + col;
    }

    /// The polyline with each inner point moved halfway to the midpoint of its neighbours,
    /// twice over: the pixel staircase of the skeleton becomes a smoother line, as a pen draws.
    static double[] smooth(double[] xy) {
        for (int round = 0; round < 2; round++) {
            double[] next = xy.clone();
            for (int k = 2; k + 2 < xy.length; k += 2) {
                next[k] = xy[k] / 2 + (xy[k - 2] + xy[k + 2]) / 4;
                next[k + 1] = xy[k + 1] / 2 + (xy[k - 1] + xy[k + 3]) / 4;
            }
            xy = next;
        }
        return xy;
    }

    private static double[] points(List<Integer> path) {
        double[] xy = new double[2 * path.size()];
        for (int i = 0; i < path.size(); i++) {
            xy[2 * i] = (path.get(i) % SIDE + 0.5) / SIDE;
            xy[2 * i + 1] = (path.get(i) / SIDE + 0.5) / SIDE;
        }
        return xy;
    }
}
