package nn.plot;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/// Axis tick labels for every `Figure` of the book: a real minus sign, `−0.5` (U+2212) rather
/// than the hyphen of `-0.5`, and English digits whatever the machine's locale.
///
/// A linear axis prints what XChart 3.8 would (the script's decimal pattern if it set one, else
/// the digits a tick needs, or scientific notation when the axis spans more than 10⁴ or less
/// than 10⁻⁴), with the minus sign. A logarithmic axis (see `LogAxes`) holds exponents: the
/// tick at `k` is `10ᵏ` with superscript digits and minus (`10⁻⁶`, `10⁰`), or the plain number
/// when every decade on the axis lies between 0.001 and 1000 (`0.01`, `100`).
final class TickLabels {
    static final char MINUS = '\u2212';
    private static final DecimalFormatSymbols SYMBOLS = symbols();
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private TickLabels() {}

    /// Sets the tick formatting of both axes; call it just before painting (after `LogAxes`).
    static void apply(XYChart chart, boolean logX, boolean logY) {
        XYStyler s = chart.getStyler();
        double[] x = range(chart, s.getXAxisMin(), s.getXAxisMax(), XYSeries::getXMin,
                XYSeries::getXMax);
        double[] y = range(chart, s.getYAxisMin(), s.getYAxisMax(), XYSeries::getYMin,
                XYSeries::getYMax);
        String xPattern = s.getXAxisDecimalPattern() != null ? s.getXAxisDecimalPattern()
                : s.getDecimalPattern();
        String yPattern = s.getYAxisDecimalPattern() != null ? s.getYAxisDecimalPattern()
                : s.getDecimalPattern();
        if (ours(s.getxAxisTickLabelsFormattingFunction())) {
            s.setxAxisTickLabelsFormattingFunction(logX ? new Power(x[0], x[1])
                    : new Linear(xPattern, x[1] - x[0]));
        }
        if (ours(s.getyAxisTickLabelsFormattingFunction())) {
            s.setyAxisTickLabelsFormattingFunction(logY ? new Power(y[0], y[1])
                    : new Linear(yPattern, y[1] - y[0]));
        }
    }

    /// One linear axis: `pattern` is the script's decimal pattern or null, `span` the axis's
    /// length, which decides between plain and scientific notation as in XChart.
    record Linear(String pattern, double span) implements Function<Double, String> {
        @Override
        public String apply(Double value) {
            if (pattern == null && value == 0) return "0"; // never "−0"
            int place = span > 0 ? (int) Math.floor(Math.log10(span)) : 0;
            String chosen = pattern != null ? pattern
                    : Math.abs(place) <= 4 ? "#,##0.###############" : "0.###############E0";
            return new DecimalFormat(chosen, SYMBOLS).format(value);
        }
    }

    /// One logarithmic axis from `10^lo` to `10^hi`; the ticks are exponents, whole ones
    /// except on an axis shorter than about two decades.
    record Power(double lo, double hi) implements Function<Double, String> {
        @Override
        public String apply(Double k) {
            long whole = Math.round(k);
            boolean plain = Math.ceil(lo - 1e-9) >= -3 && Math.floor(hi + 1e-9) <= 3;
            if (Math.abs(k - whole) > 1e-9) { // only on a very short axis (see LogAxes)
                return new DecimalFormat("0.##E0", SYMBOLS).format(Math.pow(10, k));
            }
            if (plain) {
                return new DecimalFormat("#,##0.#####", SYMBOLS).format(Math.pow(10, whole));
            }
            return "10" + superscript(whole);
        }
    }

    /// `n` in superscript digits, with a superscript minus: −12 → ⁻¹².
    static String superscript(long n) {
        var out = new StringBuilder(n < 0 ? "⁻" : "");
        for (char c : Long.toString(Math.abs(n)).toCharArray()) {
            out.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return out.toString();
    }

    /// A formatting function this class set (or none): a script's own is left alone.
    private static boolean ours(Function<Double, String> f) {
        return f == null || f instanceof Linear || f instanceof Power;
    }

    /// The axis range: the one fixed (by the script or `LogAxes`), else the data's.
    private static double[] range(XYChart chart, Double min, Double max,
                                  ToDoubleFunction<XYSeries> seriesMin,
                                  ToDoubleFunction<XYSeries> seriesMax) {
        double lo = min != null ? min : chart.getSeriesMap().values().stream()
                .mapToDouble(seriesMin).filter(Double::isFinite).min().orElse(0);
        double hi = max != null ? max : chart.getSeriesMap().values().stream()
                .mapToDouble(seriesMax).filter(Double::isFinite).max().orElse(0);
        return new double[] {lo, hi};
    }

    private static DecimalFormatSymbols symbols() {
        var symbols = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
        symbols.setMinusSign(MINUS);
        return symbols;
    }
}
