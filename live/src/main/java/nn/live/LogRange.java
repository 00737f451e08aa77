package nn.live;

/// A logarithmic axis for numbers that span many decades, and their printing.
final class LogRange {
    private LogRange() {}

    /// Powers of ten `[low, high]` around the positive finite `values`, at least two decades
    /// apart (`[10⁻³, 10]` when there are none).
    static double[] decades(double[] values) {
        double low = Double.POSITIVE_INFINITY, high = 0;
        for (double v : values) {
            if (v > 0 && Double.isFinite(v)) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        if (high == 0) return new double[] {1e-3, 10};
        int a = (int) Math.floor(Math.log10(low)), b = (int) Math.ceil(Math.log10(high));
        if (b - a < 2) {
            a = (a + b) / 2 - 1;
            b = a + 2;
        }
        return new double[] {Math.pow(10, a), Math.pow(10, b)};
    }

    static boolean anyPositive(double[] values) {
        for (double v : values) if (v > 0 && Double.isFinite(v)) return true;
        return false;
    }

    /// `v` with three significant digits in scientific notation, e.g. `1.71e−09`.
    static String format(double v) {
        if (v == 0) return "0";
        if (!Double.isFinite(v)) return Double.isNaN(v) ? "NaN" : v > 0 ? "∞" : "−∞";
        int exponent = (int) Math.floor(Math.log10(Math.abs(v)));
        String mantissa = "%.2f".formatted(v / Math.pow(10, exponent));
        if (mantissa.endsWith("10.00")) { // 9.996e−05 rounds up to 1.00e−04
            exponent++;
            mantissa = "%.2f".formatted(v / Math.pow(10, exponent));
        }
        String e = (exponent < 0 ? "−" : "+") + (Math.abs(exponent) < 10 ? "0" : "")
                + Math.abs(exponent);
        return (mantissa + "e" + e).replace('-', '−'); // like %.2e, which TeaVM lacks
    }
}
