package nn.plot;

import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.Marker;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/// Shaded decision regions: each point of a grid is painted as a small filled square in a light
/// tint of a palette colour, so that the points of one class form a coloured area. Chapter 3
/// draws XOR's regions with it; any classifier's regions can be drawn the same way.
///
/// Add the regions before the data: series are painted in the order they are added.
public final class Regions {
    private static final double TINT = 0.72; // how far the colour is mixed towards white

    private Regions() {}

    /// Paints the grid points `(x[i], y[i])` into `figure` as squares `cellPixels` wide, in a
    /// light tint of the palette colour `colorIndex` (the colour of the figure's
    /// `colorIndex`-th series), without a legend entry. Returns `figure`.
    public static Figure fill(Figure figure, int colorIndex, double[] x, double[] y,
                              double cellPixels) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("region has %d x values but %d y values"
                    .formatted(x.length, y.length));
        }
        if (x.length == 0) return figure;
        var chart = figure.chart();
        String name = "region " + colorIndex + " #" + chart.getSeriesMap().size();
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(new Cell(cellPixels));
        s.setMarkerColor(tint(Style.color(colorIndex)));
        s.setShowInLegend(false);
        return figure;
    }

    private static Color tint(Color c) {
        return new Color(mix(c.getRed()), mix(c.getGreen()), mix(c.getBlue()));
    }

    private static int mix(int channel) {
        return (int) Math.round(channel + (255 - channel) * TINT);
    }

    /// A filled square of a fixed size in pixels, whatever the chart's marker size.
    private static final class Cell extends Marker {
        private final double size;

        Cell(double size) {
            this.size = size;
        }

        @Override
        public void paint(Graphics2D g, double xOffset, double yOffset, int markerSize) {
            g.fill(new Rectangle2D.Double(xOffset - size / 2, yOffset - size / 2, size, size));
        }
    }
}
