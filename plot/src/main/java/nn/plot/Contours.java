package nn.plot;

import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;

/// Level lines `f(x, y) = c` of a surface, drawn under a figure's data: thin and light grey,
/// left out of the legend, and not using up a colour of the palette. Add them before the data
/// so the data is drawn on top. Chapter 7 draws the level lines of loss surfaces with them.
public final class Contours {
    private static final Color GREY = new Color(0xBBBBBB);

    private Contours() {}

    /// Adds one level line through the points `(x[i], y[i])`; `name` must be unique in the
    /// figure (e.g. `"f = 2"`). Returns the figure, for chaining.
    public static Figure add(Figure figure, String name, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("level line '%s' has %d x values but %d y values"
                    .formatted(name, x.length, y.length));
        }
        XYSeries s = figure.chart().addSeries(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(GREY);
        s.setLineStyle(new BasicStroke(1f));
        s.setShowInLegend(false);
        return figure;
    }
}
