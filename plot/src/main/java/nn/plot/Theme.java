package nn.plot;

import java.awt.Color;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// The two renderings of every figure: `LIGHT` (the book's style, see `Style`) and `DARK`, for
/// the book's dark theme. A figure is drawn in light colours and `map` turns each colour into
/// its dark counterpart: white paper becomes the page's dark background (`#0d1117`), black text
/// light text, the Okabe–Ito colours the lighter variants of the same hues that the book's live
/// figures use in the dark, their tints (`Style.tint`) dim tints, and greys are mirrored
/// (a light grey line becomes a dark grey one). Colour scales keep their order from the
/// background to the full colour: the more, the stronger the colour, in both themes.
///
/// `rendered()` says which themes a figure is saved in: the light one always, the dark one too
/// (as `name-dark.png`) when the system property `nn.darkFigures` is `true`, as in the book's
/// build; a learner running a script gets just the light PNG.
enum Theme {
    LIGHT("") {
        @Override
        Color map(Color color) { return color; }
    },
    DARK("-dark") {
        @Override
        Color map(Color color) {
            Color fixed = DARK_COLOURS.get(color);
            return fixed != null ? fixed : mirror(color);
        }
    };

    /// The book's dark page background and text (`--bg` and `--text` in book.css).
    static final Color DARK_BACKGROUND = new Color(0x0d1117), DARK_TEXT = new Color(0xe6edf3);

    /// Lighter variants of the Okabe–Ito hues, in palette order: as the live figures' dark
    /// colours (book.css `--live-2`…`--live-5`), but blue and sky blue, which share one hue, kept
    /// further apart in lightness (`#58a6ff`, `#a5d8ff`); yellow as it is; black becomes text.
    private static final List<Color> DARK_PALETTE = List.of(
            new Color(0x58a6ff), new Color(0xff9a5c), new Color(0x3fd0a0), new Color(0xe597c8),
            new Color(0xf2c14e), new Color(0xa5d8ff), new Color(0xf0e442), DARK_TEXT);

    private static final Map<Color, Color> DARK_COLOURS = darkColours();

    private final String suffix;

    Theme(String suffix) { this.suffix = suffix; }

    /// What the file name gets after the figure's name: nothing, or `-dark`.
    String suffix() { return suffix; }

    /// The colour `color` of a light figure becomes in this theme.
    abstract Color map(Color color);

    /// The paper every figure is drawn on.
    Color background() { return map(Color.WHITE); }

    /// Text, titles and labels.
    Color text() { return map(Color.BLACK); }

    /// Palette colour `index` (see `Style.color`) in this theme.
    Color color(int index) { return map(Style.color(index)); }

    /// The themes a figure is saved in (see the class comment).
    static List<Theme> rendered() {
        return Boolean.getBoolean("nn.darkFigures") ? List.of(LIGHT, DARK) : List.of(LIGHT);
    }

    private static Map<Color, Color> darkColours() {
        var colours = new HashMap<Color, Color>();
        colours.put(Color.WHITE, DARK_BACKGROUND);
        colours.put(Color.BLACK, DARK_TEXT);
        colours.put(Style.GRID, new Color(0x262c34));
        for (int i = 0; i < DARK_PALETTE.size(); i++) {
            colours.put(Style.color(i), DARK_PALETTE.get(i));
            colours.put(Style.tint(Style.color(i)), Style.mix(DARK_BACKGROUND, DARK_PALETTE.get(i),
                    0.3));
        }
        return Map.copyOf(colours);
    }

    /// A colour not in the table: a grey (channels within 24 of each other) keeps its place
    /// between paper and ink, with the dark paper and light ink (white → background, black →
    /// text); any other colour is lightened by a quarter towards white.
    static Color mirror(Color color) {
        int r = color.getRed(), g = color.getGreen(), b = color.getBlue();
        int max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b));
        Color mapped = max - min < 24
                ? Style.mix(DARK_TEXT, DARK_BACKGROUND, (max + min) / 510.0)
                : Style.mix(color, Color.WHITE, 0.25);
        return new Color(mapped.getRed(), mapped.getGreen(), mapped.getBlue(), color.getAlpha());
    }
}
