package nn.live;

import java.util.List;

/// Chapter 11: the `Checks` of the digit figure. Each takes an optional picture, 784 pixel
/// values joined by commas; without one it uses the first test digit shipped with the network.
final class DigitChecks {
    private DigitChecks() {}

    /// `Σ |v|` of `W₁`, `b₁`, `W₂`, `b₂` as decoded from `digits-network.js`.
    static String weightsSum() {
        return join(DigitSource.model().absoluteSums());
    }

    /// The ten probabilities the network gives the picture.
    static String classify(String pixels) {
        return join(DigitSource.model().probabilities(picture(pixels)));
    }

    /// The strokes that retrace the picture: points `x,y` joined by spaces, strokes by `;`.
    static String strokes(String pixels) {
        var text = new StringBuilder();
        for (double[] stroke : DigitStrokes.of(picture(pixels))) {
            if (!text.isEmpty()) text.append(';');
            for (int k = 0; k + 1 < stroke.length; k += 2) {
                if (k > 0) text.append(' ');
                text.append(stroke[k]).append(',').append(stroke[k + 1]);
            }
        }
        return text.toString();
    }

    /// The ten probabilities for the picture retraced with strokes and drawn again with the
    /// figure's pen: what the figure shows after "Show a test digit".
    static String redraw(String pixels) {
        List<double[]> strokes = DigitStrokes.of(picture(pixels));
        return join(DigitSource.model().probabilities(DigitInk.image(strokes)));
    }

    static double[] picture(String pixels) {
        if (pixels == null) return DigitSource.model().sample(0);
        List<String> parts = DigitModel.split(pixels, ',');
        if (parts.size() != DigitInk.SIDE * DigitInk.SIDE) {
            throw new IllegalArgumentException("a digit has 784 pixels, got " + parts.size());
        }
        double[] values = new double[parts.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = Double.parseDouble(parts.get(k).trim());
        }
        return values;
    }

    private static String join(double[] values) {
        var text = new StringBuilder();
        for (double v : values) text.append(text.isEmpty() ? "" : " ").append(v);
        return text.toString();
    }
}
