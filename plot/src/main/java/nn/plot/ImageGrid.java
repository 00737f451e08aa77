package nn.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// Small images (`double[row][column]`) in a grid, each with a caption underneath, saved as a
/// PNG to the figures folder. Chapter 11 shows MNIST digits with it, chapter 12 feature maps:
///
/// ```java
/// var grid = ImageGrid.of("Training digits", 10);
/// for (int i = 0; i < 40; i++) grid.gray(Mnist.image(train, i), "label " + train.label(i));
/// grid.save("digits-samples");
/// ```
///
/// `gray` images hold ink in `[0, 1]`: 0 is white paper, 1 black ink. `signed` images (feature
/// maps, weights) may be negative: blue below zero, white at zero, vermillion above, each image
/// scaled by its own largest `|value|`. The images are pictures and keep these colours in the
/// dark theme too (only the title, captions and frames change), so "black ink on white" and
/// "white is no change" stay true in both renderings.
public final class ImageGrid {
    private static final Color NEGATIVE = Style.color(0), POSITIVE = Style.color(1);
    private static final Color FRAME = new Color(0xCCCCCC);
    private static final int GAP = 12, CAPTION = 20, TITLE = 28;
    /// Captions carry the content ("9 → 3"), so they are a little larger than chart text: a
    /// phone shows the ten-column grids at under half their size.
    private static final Font CAPTION_FONT = Style.TEXT.deriveFont(16f);

    private record Cell(double[][] values, String caption, boolean signed) {}

    private final String title;
    private final int columns;
    private final List<Cell> cells = new ArrayList<>();
    private int pixelSize = 3;

    private ImageGrid(String title, int columns) {
        if (columns < 1) throw new IllegalArgumentException("columns must be >= 1, got " + columns);
        this.title = title;
        this.columns = columns;
    }

    /// An empty grid with `columns` images per row; `title` may be empty.
    public static ImageGrid of(String title, int columns) {
        return new ImageGrid(title, columns);
    }

    /// How many (1×) screen pixels one image pixel becomes; default 3.
    public ImageGrid pixelSize(int size) {
        if (size < 1) throw new IllegalArgumentException("pixel size must be >= 1, got " + size);
        this.pixelSize = size;
        return this;
    }

    /// Adds an image of ink values in `[0, 1]` (values outside are clamped).
    public ImageGrid gray(double[][] image, String caption) {
        return add(new Cell(check(image), caption, false));
    }

    /// Adds an image of signed values, e.g. a feature map.
    public ImageGrid signed(double[][] values, String caption) {
        return add(new Cell(check(values), caption, true));
    }

    /// The grid drawn at twice the pixel density, as `save` writes it.
    public BufferedImage render() {
        return draw(Theme.LIGHT).image();
    }

    /// Writes `name.png` (and `name-dark.png` in the book's build, see `Theme`) to the figures
    /// folder and returns the file written.
    public Path save(String name) {
        return Canvas.save(name, this::draw);
    }

    Canvas draw(Theme theme) {
        if (cells.isEmpty()) throw new IllegalStateException("the grid has no images");
        int rows = (cells.size() + columns - 1) / columns, cols = Math.min(columns, cells.size());
        int imageW = pixelSize * cells.stream().mapToInt(c -> c.values()[0].length).max().orElse(0);
        int imageH = pixelSize * cells.stream().mapToInt(c -> c.values().length).max().orElse(0);
        int captionW = cells.stream()
                .mapToInt(c -> Canvas.width(c.caption(), CAPTION_FONT)).max().orElse(0);
        int cellW = Math.max(imageW, captionW) + GAP, cellH = imageH + CAPTION + GAP;
        int top = title.isEmpty() ? GAP : TITLE, width = cols * cellW + GAP;
        var canvas = new Canvas(width, top + rows * cellH, theme);
        if (!title.isEmpty()) canvas.centered(title, Style.TITLE, theme.text(), width / 2.0, 20);
        for (int k = 0; k < cells.size(); k++) {
            int x = GAP + (k % columns) * cellW, y = top + (k / columns) * cellH;
            drawCell(canvas, cells.get(k), x + (cellW - GAP - imageW) / 2, y, imageW, imageH);
        }
        return canvas;
    }

    private void drawCell(Canvas canvas, Cell cell, int x, int y, int imageW, int imageH) {
        double[][] v = cell.values();
        int w = v[0].length * pixelSize, h = v.length * pixelSize;
        int left = x + (imageW - w) / 2, top = y + (imageH - h) / 2;
        double scale = cell.signed() ? largestMagnitude(v) : 1;
        for (int r = 0; r < v.length; r++) {
            for (int c = 0; c < v[r].length; c++) {
                canvas.g.setColor(cell.signed() ? diverging(v[r][c] / scale) : ink(v[r][c]));
                canvas.g.fillRect(left + c * pixelSize, top + r * pixelSize, pixelSize, pixelSize);
            }
        }
        canvas.g.setColor(canvas.theme.map(FRAME));
        canvas.g.drawRect(left, top, w, h);
        canvas.centered(cell.caption(), CAPTION_FONT, canvas.theme.text(), x + imageW / 2.0,
                y + imageH + 17);
    }

    private static Color ink(double v) {
        return Style.mix(Color.WHITE, Color.BLACK, v);
    }

    private static Color diverging(double t) {
        return t < 0 ? Style.mix(Color.WHITE, NEGATIVE, -t) : Style.mix(Color.WHITE, POSITIVE, t);
    }

    private static double largestMagnitude(double[][] v) {
        double max = 0;
        for (double[] row : v) for (double value : row) max = Math.max(max, Math.abs(value));
        return max == 0 ? 1 : max;
    }

    private ImageGrid add(Cell cell) {
        cells.add(cell);
        return this;
    }

    private static double[][] check(double[][] image) {
        if (image.length == 0 || image[0].length == 0) {
            throw new IllegalArgumentException("an image needs at least one row and one column");
        }
        for (double[] row : image) {
            if (row.length != image[0].length) {
                throw new IllegalArgumentException("image rows differ in length: %d and %d"
                        .formatted(image[0].length, row.length));
            }
        }
        return image;
    }
}
