package nn.live;

import nn.activations.Activation;

/// Chapter 8: the window of the activation histograms, chosen as `TrackActivations.java`
/// chooses it. Bounded activations (tanh, sigmoid) get their whole range; the others run from
/// their smallest value (0 for ReLU, whose zeros are left out) to a round number above four
/// times the widest layer's standard deviation. The height fits every shown layer at least a
/// quarter as wide as the widest, so the spikes of collapsed layers run off the top.
record HistogramWindow(double min, double max, double top, boolean skipZeros,
                       double[][] shares) {

    /// Layer 1, the last layer `depth`, and two evenly spaced between (1, 4, 7, 10 for 10).
    static int[] shownLayers(int depth) {
        if (depth <= 4) {
            int[] all = new int[depth];
            for (int l = 0; l < depth; l++) all[l] = l + 1;
            return all;
        }
        int[] shown = new int[4];
        for (int k = 0; k < 4; k++) shown[k] = (int) Math.round(1 + k * (depth - 1) / 3.0);
        return shown;
    }

    /// The window for layers `shown` of `trace`, whose activation is `f`.
    static HistogramWindow of(ActivationTrace trace, Activation f, int[] shown, int bins) {
        double widest = 0, lowest = 0;
        for (int l : shown) {
            widest = Math.max(widest, trace.std(l));
            lowest = Math.min(lowest, trace.layer(l).min());
        }
        boolean skipZeros = f.apply(-1) == 0; // ReLU: about half of all values are exactly 0
        double min, max;
        if (f.apply(50) < 2) { // bounded: tanh, sigmoid
            min = Math.round(f.apply(-50));
            max = 1;
        } else {
            max = widest > 0 && Double.isFinite(widest) ? niceCeiling(4 * widest) : 1;
            min = skipZeros || lowest >= 0 ? 0 : -Math.min(max, niceCeiling(-lowest));
        }
        double[][] shares = new double[shown.length][];
        double top = 0;
        for (int k = 0; k < shown.length; k++) {
            shares[k] = trace.shares(shown[k], min, max, bins, skipZeros);
            if (trace.std(shown[k]) >= widest / 4) top = Math.max(top, max(shares[k]));
        }
        return new HistogramWindow(min, max, top > 0 ? 1.2 * top : 1, skipZeros, shares);
    }

    /// The smallest of 1, 2, 5 times a power of ten that is ≥ v, for round axis ends.
    static double niceCeiling(double v) {
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) if (m * power >= v) return m * power;
        return 10 * power;
    }

    private static double max(double[] values) {
        double m = 0;
        for (double v : values) m = Math.max(m, v);
        return m;
    }
}
