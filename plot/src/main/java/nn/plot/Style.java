package nn.plot;

import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.awt.Font;

/// The book's one chart style: white background, light grid, no border, Okabe–Ito colours.
final class Style {
    private Style() {}

    /// Okabe & Ito's palette, distinguishable with the common kinds of colour blindness.
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000),
    };
    private static final Marker[] MARKERS = {
        SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP,
    };

    static Color color(int index) { return PALETTE[index % PALETTE.length]; }

    static Marker marker(int index) { return MARKERS[index % MARKERS.length]; }

    static void apply(XYStyler styler) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridLinesColor(new Color(0xE6E6E6));
        styler.setChartTitleFont(font.deriveFont(Font.BOLD, 14f));
        styler.setChartTitleBoxVisible(false);
        styler.setAxisTitleFont(font.deriveFont(13f));
        styler.setAxisTickLabelsFont(font);
        styler.setLegendFont(font);
        styler.setLegendBorderColor(new Color(0xDDDDDD));
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setMarkerSize(7);
        styler.setAntiAlias(true);
    }
}
