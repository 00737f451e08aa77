package nn.plot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ThemeTest {
    private static Figure lines() {
        return Figure.of("t", "x", "y", 320, 240)
                .line("a", new double[] {0, 1}, new double[] {0, 1})
                .dashed("b", new double[] {0, 1}, new double[] {1, 0});
    }

    private static double luminance(int rgb) {
        var c = new Color(rgb);
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }

    @Test
    void dark_drawsOnThePagesDarkBackground() {
        BufferedImage light = lines().render(Theme.LIGHT), dark = lines().render(Theme.DARK);
        assertEquals(Color.WHITE.getRGB(), light.getRGB(1, 1));
        assertEquals(Theme.DARK_BACKGROUND.getRGB(), dark.getRGB(1, 1));
    }

    @Test
    void dark_mapsPaperInkPaletteAndTints() {
        assertEquals(Theme.DARK_BACKGROUND, Theme.DARK.background());
        assertEquals(Theme.DARK_TEXT, Theme.DARK.text());
        assertEquals(new Color(0x58a6ff), Theme.DARK.color(0));
        assertEquals(new Color(0xff9a5c), Theme.DARK.color(1));
        Color tint = Theme.DARK.map(Style.tint(Style.color(0)));
        assertTrue(luminance(tint.getRGB()) < 80, "a region tint stays dim: " + tint);
        assertEquals(Style.color(3), Theme.LIGHT.map(Style.color(3)));
    }

    @Test
    void dark_mirrorsGreysBetweenPaperAndInk() {
        Color lightGrey = Theme.DARK.map(new Color(0xBBBBBB)), darkGrey = Theme.DARK.map(
                new Color(0x222222));
        assertTrue(luminance(lightGrey.getRGB()) < luminance(darkGrey.getRGB()),
                lightGrey + " should be darker than " + darkGrey);
    }

    @Test
    void darkRendering_leavesTheChartsLightColoursInPlace() {
        var figure = lines();
        figure.render(Theme.DARK);
        var series = figure.chart().getSeriesMap();
        assertEquals(Style.color(0), series.get("a").getLineColor());
        assertEquals(Style.color(1), series.get("b").getLineColor());
        assertEquals(Color.WHITE, figure.chart().getStyler().getChartBackgroundColor());
        assertEquals(Color.WHITE.getRGB(), figure.render().getRGB(1, 1));
    }

    @Test
    void confusionPlot_keepsMoreAsTheStrongerColourInBothThemes() {
        int[][] counts = {{9, 1, 4}, {0, 5, 0}, {0, 0, 5}};
        for (Theme theme : Theme.values()) {
            var image = ConfusionPlot.of("c", counts).draw(theme).image();
            int paper = theme.background().getRGB();
            int few = ConfusionPlotTest.cell(image, 0, 1);
            int more = ConfusionPlotTest.cell(image, 0, 2);
            assertEquals(paper, ConfusionPlotTest.cell(image, 1, 0), theme + ": empty cell");
            assertEquals(theme.color(1).getRGB(), more, theme + ": the largest mistake");
            assertTrue(distance(few, paper) < distance(more, paper),
                    theme + ": 4 mistakes stand out more from the paper than 1");
        }
    }

    @Test
    void imageGrid_keepsItsPicturesInTheDark() {
        var grid = ImageGrid.of("", 1).pixelSize(4).gray(new double[][] {{0, 1}}, "");
        var dark = grid.draw(Theme.DARK).image();
        assertEquals(Theme.DARK_BACKGROUND.getRGB(), dark.getRGB(2, 2));
        assertEquals(Color.WHITE.getRGB(), dark.getRGB(2 * (12 + 2), 2 * (12 + 2)));
        assertEquals(Color.BLACK.getRGB(), dark.getRGB(2 * (12 + 6), 2 * (12 + 2)));
    }

    @Test
    void save_writesTheDarkTwinOnlyWhenAsked(@TempDir Path folder) throws Exception {
        String figures = System.setProperty("nn.figures", folder.toString());
        try {
            lines().save("light-only");
            assertTrue(Files.exists(folder.resolve("light-only.png")));
            assertFalse(Files.exists(folder.resolve("light-only-dark.png")));
            System.setProperty("nn.darkFigures", "true");
            assertEquals(folder.resolve("both.png"), lines().save("both"));
            for (String name : List.of("both-dark.png", "both.png")) {
                assertTrue(Files.exists(folder.resolve(name)), name);
            }
            var dark = javax.imageio.ImageIO.read(folder.resolve("both-dark.png").toFile());
            assertEquals(Theme.DARK_BACKGROUND.getRGB(), dark.getRGB(1, 1));
        } finally {
            System.clearProperty("nn.darkFigures");
            if (figures == null) System.clearProperty("nn.figures");
            else System.setProperty("nn.figures", figures);
        }
    }

    private static double distance(int a, int b) {
        var x = new Color(a);
        var y = new Color(b);
        return Math.hypot(Math.hypot(x.getRed() - y.getRed(), x.getGreen() - y.getGreen()),
                x.getBlue() - y.getBlue());
    }
}
