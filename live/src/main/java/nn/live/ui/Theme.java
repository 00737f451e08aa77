package nn.live.ui;

import org.teavm.jso.dom.html.HTMLElement;

/// The colours a widget draws with, read from the book's stylesheet each time it draws, so the
/// light and dark themes (and a switch between them) need nothing else.
public record Theme(String text, String muted, String rule, String background, String[] series) {

    /// Two-class colours (class 0, class 1) and the lines of a chart, colour-blind safe.
    public static Theme of(HTMLElement e) {
        String[] series = new String[6];
        for (int i = 0; i < series.length; i++) {
            series[i] = Dom.cssVariable(e, "--live-" + (i + 1));
        }
        return new Theme(Dom.cssVariable(e, "--text"), Dom.cssVariable(e, "--muted"),
                Dom.cssVariable(e, "--rule"), Dom.cssVariable(e, "--bg"), series);
    }

    public String series(int i) {
        return series[i % series.length];
    }
}
