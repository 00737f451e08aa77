package nn.live.ui;

/// Parsing `#rrggbb` and mixing two colours.
final class Colours {
    private Colours() {}

    static int[] rgb(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2)
                    + h.charAt(2);
        }
        if (h.length() != 6) return new int[] {128, 128, 128};
        int v = Integer.parseInt(h, 16);
        return new int[] {(v >> 16) & 255, (v >> 8) & 255, v & 255};
    }

    /// `a` blended into `b` by `t`, then laid over `background` at `opacity`: an opaque
    /// colour, so that neighbouring cells of a field do not show seams where they overlap.
    static String mix(int[] a, int[] b, double t, double opacity, int[] background) {
        return "rgb(" + channel(a[0], b[0], t, opacity, background[0]) + ","
                + channel(a[1], b[1], t, opacity, background[1]) + ","
                + channel(a[2], b[2], t, opacity, background[2]) + ")";
    }

    private static int channel(int a, int b, double t, double opacity, int background) {
        double c = a + (b - a) * t;
        return (int) Math.round(background + (c - background) * opacity);
    }
}
