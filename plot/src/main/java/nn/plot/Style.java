package nn.plot;

import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.awt.Font;

/// The book's one look, shared by every figure of every chapter: white background, light grid,
/// no border, a sans-serif font, and the Okabe–Ito colours in a fixed order (colour 0 is blue,
/// 1 vermillion, 2 green, 3 pink), so that class `c` or series `c` has the same colour in
/// charts (`Figure`), regions (`DecisionRegions`) and pictures (`ImageGrid`, `ConfusionPlot`).
/// `Theme.DARK` maps these colours for the dark rendering.
///
/// The text is large for a chart (14 pixels, titles 16) because a phone shows a 640-pixel
/// figure at about 360 pixels: tick labels of 12 pixels became 6 there, 14 become 8.
final class Style {
    private Style() {}

    static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font TITLE = TEXT.deriveFont(Font.BOLD, 16f);
    static final Color GRID = new Color(0xE6E6E6);

    /// Okabe & Ito's palette, distinguishable with the common kinds of colour blindness.
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000),
    };
    private static final Marker[] MARKERS = {
        SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE,
        SeriesMarkers.TRIANGLE_UP,
    };

    /// Palette colour `index` (the palette repeats after 8 colours).
    static Color color(int index) { return PALETTE[index % PALETTE.length]; }

    /// Scatter marker `index`: circle, diamond, square, triangle, then again.
    static Marker marker(int index) { return MARKERS[index % MARKERS.length]; }

    /// `a` moved the fraction `t` (clamped to 0..1) of the way towards `b`, channel by channel.
    static Color mix(Color a, Color b, double t) {
        double s = Math.clamp(t, 0.0, 1.0);
        return new Color((int) Math.round(a.getRed() + s * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + s * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + s * (b.getBlue() - a.getBlue())));
    }

    /// A light tint of `color` (one part colour, three parts white), for filled areas.
    static Color tint(Color color) { return mix(Color.WHITE, color, 0.25); }

    /// Styles a chart `width` pixels wide. XChart spaces x ticks at least 74 pixels apart,
    /// which leaves a narrow panel (chapter 5's 270 pixels) only its two ends and the middle;
    /// narrow charts get ticks down to 56 pixels apart instead.
    static void apply(XYStyler styler, int width) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridLinesColor(GRID);
        styler.setChartTitleFont(TITLE);
        styler.setChartTitleBoxVisible(false);
        styler.setAxisTitleFont(TEXT.deriveFont(15f));
        styler.setAxisTickLabelsFont(TEXT);
        styler.setLegendFont(TEXT);
        styler.setLegendBorderColor(new Color(0xDDDDDD));
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setAnnotationTextFont(TEXT);
        styler.setXAxisTickMarkSpacingHint(Math.clamp(width / 5, 56, 74));
        styler.setSeriesColors(PALETTE.clone());
        styler.setMarkerSize(7);
        styler.setAntiAlias(true);
    }
}
