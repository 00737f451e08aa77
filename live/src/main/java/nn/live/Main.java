package nn.live;

import nn.live.ui.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/// The book's live figures: finds every `<div data-widget="name">` on the page and builds the
/// widget of that name in it. A widget that fails to start leaves its static figure and a
/// one-line note; the others still start.
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        exportChecks(Checks::run);
        var roots = HTMLDocument.current().querySelectorAll("[data-widget]");
        for (int i = 0; i < roots.getLength(); i++) {
            HTMLElement root = roots.get(i);
            String name = root.getAttribute("data-widget");
            try {
                Widgets.mount(name, root);
                root.setAttribute("data-live", "ready");
            } catch (RuntimeException e) {
                root.setAttribute("data-live", "failed");
                Dom.text(root, "p", "live-note", "This live figure could not start ("
                        + e.getMessage() + "); the figure above shows the same idea.");
                Dom.consoleError("widget " + name + ": " + e);
            }
        }
    }

    @JSFunctor
    interface Check extends JSObject {
        String run(String name);
    }

    @JSBody(params = "check", script = "window.nnLiveCheck = check;")
    private static native void exportChecks(Check check);
}
