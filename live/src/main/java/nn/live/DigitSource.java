package nn.live;

import org.teavm.interop.PlatformMarker;
import org.teavm.jso.JSBody;

/// Chapter 11: where the text of `digits-network.js` comes from. In the page it is the string
/// `window.nnDigitNetwork` that the file sets when the widget loads it with a script tag; on
/// the JVM it is read from the file the book build wrote (see `DigitFile`), so that `Checks`
/// decodes the same bytes on both sides.
final class DigitSource {
    private static DigitModel model;

    private DigitSource() {}

    /// The network, decoded once; an `IllegalStateException` when the file is not there (yet).
    static DigitModel model() {
        if (model == null) {
            String text = inPage() ? pageText() : DigitFile.text();
            if (text == null) {
                throw new IllegalStateException("the digit network (images/digits-network.js)"
                        + " is not loaded");
            }
            model = DigitModel.parse(text);
        }
        return model;
    }

    /// True when compiled to JavaScript: TeaVM replaces the body of a `PlatformMarker` method
    /// with `true`, so the JVM-only branch above is left out of the page's code.
    @PlatformMarker
    private static boolean inPage() {
        return false;
    }

    @JSBody(script = "return typeof window.nnDigitNetwork === 'string'"
            + " ? window.nnDigitNetwork : null;")
    private static native String pageText();
}
