package nn.live;

/// Numbers for a widget's readout: four significant digits, `1.92e6` for very large or small
/// ones, a real minus sign, and the word "overflow" instead of `Infinity` or `NaN`.
final class ShortNumbers {
    private ShortNumbers() {}

    static String of(double v) {
        if (!Double.isFinite(v)) return "overflow";
        double a = Math.abs(v);
        if (a == 0) return "0";
        String s = a >= 1e4 || a < 1e-3 ? scientific(v) : plain(v);
        return s.replace('-', '−');
    }

    private static String plain(double v) {
        int decimals = Math.max(0, 3 - (int) Math.floor(Math.log10(Math.abs(v))));
        String s = ("%." + decimals + "f").formatted(v);
        if (s.indexOf('.') < 0) return s;
        int end = s.length();
        while (s.charAt(end - 1) == '0') end--;
        if (s.charAt(end - 1) == '.') end--;
        return s.substring(0, end);
    }

    private static String scientific(double v) {
        int e = (int) Math.floor(Math.log10(Math.abs(v)));
        double m = v / Math.pow(10, e);
        if (Math.abs(m) >= 9.995) {
            m /= 10;
            e++;
        }
        return "%.2fe%d".formatted(m, e);
    }
}
