package nn.plot;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/// Paints an XChart chart in a `Theme`: every colour the chart holds (backgrounds, text, grid,
/// legend, annotations, and each series' line, marker and fill) is replaced by its themed
/// colour for the painting and put back afterwards, so the chart keeps its light colours and
/// can be drawn again in either theme. Colours a script set on the chart or its series are
/// themed the same way, whatever they are. A series colour XChart fills in while painting (one
/// the script left unset) is cleared again, so the next painting picks it afresh.
final class ChartColours {
    private record Slot(Supplier<Color> get, Consumer<Color> set) {}

    private ChartColours() {}

    /// Paints `chart` into `g` at its own size, in `theme`'s colours.
    static void paint(XYChart chart, Graphics2D g, Theme theme) {
        if (theme == Theme.LIGHT) {
            chart.paint(g, chart.getWidth(), chart.getHeight());
            return;
        }
        XYStyler styler = chart.getStyler();
        Color[] seriesColors = styler.getSeriesColors();
        List<Slot> slots = slots(chart);
        List<Color> light = slots.stream().map(s -> s.get().get()).toList();
        try {
            for (int i = 0; i < slots.size(); i++) {
                if (light.get(i) != null) slots.get(i).set().accept(theme.map(light.get(i)));
            }
            styler.setSeriesColors(Arrays.stream(seriesColors).map(theme::map)
                    .toArray(Color[]::new));
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            for (int i = 0; i < slots.size(); i++) slots.get(i).set().accept(light.get(i));
            styler.setSeriesColors(seriesColors);
        }
    }

    private static List<Slot> slots(XYChart chart) {
        XYStyler s = chart.getStyler();
        List<Slot> slots = new ArrayList<>(List.of(
                new Slot(s::getChartBackgroundColor, s::setChartBackgroundColor),
                new Slot(s::getPlotBackgroundColor, s::setPlotBackgroundColor),
                new Slot(s::getPlotBorderColor, s::setPlotBorderColor),
                new Slot(s::getPlotGridLinesColor, s::setPlotGridLinesColor),
                new Slot(s::getChartFontColor, s::setChartFontColor),
                new Slot(s::getChartTitleBoxBackgroundColor, s::setChartTitleBoxBackgroundColor),
                new Slot(s::getChartTitleBoxBorderColor, s::setChartTitleBoxBorderColor),
                new Slot(s::getXAxisTitleColor, s::setXAxisTitleColor),
                new Slot(s::getYAxisTitleColor, s::setYAxisTitleColor),
                new Slot(s::getAxisTickLabelsColor, s::setAxisTickLabelsColor),
                new Slot(s::getAxisTickMarksColor, s::setAxisTickMarksColor),
                new Slot(s::getLegendBackgroundColor, s::setLegendBackgroundColor),
                new Slot(s::getLegendBorderColor, s::setLegendBorderColor),
                new Slot(s::getAnnotationTextFontColor, s::setAnnotationTextFontColor),
                new Slot(s::getAnnotationLineColor, s::setAnnotationLineColor),
                new Slot(s::getAnnotationTextPanelFontColor, s::setAnnotationTextPanelFontColor),
                new Slot(s::getAnnotationTextPanelBackgroundColor,
                        s::setAnnotationTextPanelBackgroundColor),
                new Slot(s::getAnnotationTextPanelBorderColor,
                        s::setAnnotationTextPanelBorderColor)));
        for (XYSeries series : chart.getSeriesMap().values()) {
            slots.add(new Slot(series::getLineColor, series::setLineColor));
            slots.add(new Slot(series::getMarkerColor, series::setMarkerColor));
            slots.add(new Slot(series::getFillColor, series::setFillColor));
        }
        return slots;
    }
}
