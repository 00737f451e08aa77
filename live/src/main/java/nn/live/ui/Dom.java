package nn.live.ui;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/// The few DOM calls the widgets make, in one place.
public final class Dom {
    private static int ids;

    private Dom() {}

    /// A new element `<tag class="className">`, appended to `parent` when it is not null.
    public static HTMLElement element(HTMLElement parent, String tag, String className) {
        HTMLElement e = HTMLDocument.current().createElement(tag);
        if (className != null) e.setClassName(className);
        if (parent != null) parent.appendChild(e);
        return e;
    }

    /// A new element with text in it.
    public static HTMLElement text(HTMLElement parent, String tag, String className, String text) {
        HTMLElement e = element(parent, tag, className);
        e.setTextContent(text);
        return e;
    }

    /// An id no other element of the page has, for `<label for>`.
    public static String newId(String stem) {
        return "live-" + stem + "-" + (++ids);
    }

    /// True when the reader asked their system for less motion.
    @JSBody(script = "return !!(window.matchMedia"
            + " && window.matchMedia('(prefers-reduced-motion: reduce)').matches);")
    public static native boolean reducedMotion();

    /// The value of a CSS custom property (e.g. `--text`) where `e` is, trimmed.
    @JSBody(params = {"e", "name"},
            script = "return getComputedStyle(e).getPropertyValue(name).trim();")
    public static native String cssVariable(HTMLElement e, String name);

    /// The current time in milliseconds, with sub-millisecond resolution.
    @JSBody(script = "return performance.now();")
    public static native double now();

    @JSBody(params = "message", script = "console.error(message);")
    public static native void consoleError(String message);
}
