package nn.plot;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Axis;
import org.knowm.xchart.internal.chartpart.Chart;

import java.util.List;
import java.util.Objects;

/// The tick labels XChart computed when it last painted a chart. XChart keeps them internal, so
/// this reads them by reflection (pinned to XChart 3.8.8, like the build).
final class Ticks {
    private Ticks() {}

    static List<Double> x(XYChart chart) { return values(chart, "getXAxis"); }

    static List<Double> y(XYChart chart) { return values(chart, "getYAxis"); }

    static List<String> xLabels(XYChart chart) { return labels(chart, "getXAxis"); }

    static List<String> yLabels(XYChart chart) { return labels(chart, "getYAxis"); }

    /// The tick values: plain numbers, or powers of ten such as `10⁻⁶` (logarithmic axes).
    private static List<Double> values(XYChart chart, String getter) {
        return labels(chart, getter).stream().map(Ticks::value).toList();
    }

    static double value(String label) {
        if (label.startsWith("10") && label.length() > 2 && !Character.isDigit(label.charAt(2))) {
            String exponent = label.substring(2).chars()
                    .mapToObj(c -> c == '⁻' ? "-" : String.valueOf("⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c)))
                    .reduce("", String::concat);
            return Math.pow(10, Integer.parseInt(exponent));
        }
        return Double.parseDouble(label.replace(",", "").replace(TickLabels.MINUS, '-'));
    }

    private static List<String> labels(XYChart chart, String getter) {
        try {
            var method = Chart.class.getDeclaredMethod(getter);
            method.setAccessible(true);
            var axis = (Axis<?, ?>) method.invoke(chart);
            return axis.getAxisTickCalculator().getTickLabels().stream()
                    .filter(Objects::nonNull).filter(label -> !label.isBlank()).toList();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read XChart's tick labels", e);
        }
    }

    /// Whether `ticks` are the multiples of one step of 1, 2, 2.5 or 5 × 10ᵏ, in order.
    static boolean round(List<Double> ticks) {
        if (ticks.size() < 2) return false;
        double step = ticks.get(1) - ticks.get(0);
        double power = Math.pow(10, Math.floor(Math.log10(step)));
        double mantissa = step / power;
        boolean niceStep = List.of(1.0, 2.0, 2.5, 5.0).stream()
                .anyMatch(m -> Math.abs(mantissa - m) < 1e-9);
        for (int i = 0; i < ticks.size(); i++) {
            double k = ticks.get(i) / step;
            if (Math.abs(k - Math.rint(k)) > 1e-9) return false;
            if (i > 0 && Math.abs(ticks.get(i) - ticks.get(i - 1) - step) > 1e-9 * step) {
                return false;
            }
        }
        return niceStep;
    }
}
