package nn.live;

import nn.live.ui.Dom;
import nn.live.ui.Plot;
import org.teavm.jso.dom.html.HTMLElement;

/// A chart with a one-line caption above it, for log-scale charts whose long tick labels
/// (`10^−9`) leave no room for a rotated axis label.
final class Captioned {
    private Captioned() {}

    /// A new `Plot` of `aspect`, in its own box in `parent`, below `caption`.
    static Plot plot(HTMLElement parent, String caption, double aspect) {
        HTMLElement box = Dom.element(parent, "div", null);
        Dom.text(box, "p", "live-note", caption);
        return new Plot(box, "", aspect);
    }
}
