package nn.live.ui;

/// Round numbers for axis ticks: steps of 1, 2 or 5 times a power of ten.
public final class Ticks {
    private Ticks() {}

    /// About `count` ticks between `low` and `high`.
    public static double[] of(double low, double high, int count) {
        double raw = (high - low) / count;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / power < 1.5 ? power : raw / power < 3.5 ? 2 * power
                : raw / power < 7.5 ? 5 * power : 10 * power;
        double first = Math.ceil(low / step - 1e-9) * step;
        int n = (int) Math.floor((high - first) / step + 1e-9) + 1;
        double[] ticks = new double[Math.max(0, n)];
        for (int i = 0; i < ticks.length; i++) ticks[i] = first + i * step;
        return ticks;
    }

    /// The powers of ten between `low` and `high` (both > 0).
    public static double[] decades(double low, double high) {
        // ± 1e-9: TeaVM's log10 is ln(x) / ln(10), which puts log10(1e9) just below 9
        int a = (int) Math.ceil(Math.log10(low) - 1e-9);
        int b = (int) Math.floor(Math.log10(high) + 1e-9);
        double[] ticks = new double[Math.max(0, b - a + 1)];
        for (int i = 0; i < ticks.length; i++) ticks[i] = Math.pow(10, a + i);
        return ticks;
    }

    /// A tick's label: few digits, a real minus sign.
    public static String format(double t) {
        if (Math.abs(t) < 1e-12) return "0";
        double a = Math.abs(t);
        String s;
        if (a >= 1e4 || a < 1e-3) {
            int e = (int) Math.floor(Math.log10(a) + 1e-9); // as in decades
            s = (Math.abs(t / Math.pow(10, e) - 1) < 1e-9 ? "" : trim(t / Math.pow(10, e)) + "·")
                    + "10^" + e;
            if (t < 0 && s.startsWith("10")) s = "-" + s;
        } else {
            s = trim(t);
        }
        return s.replace('-', '−');
    }

    private static String trim(double v) {
        String s = String.valueOf(Math.round(v * 1e6) / 1e6);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
