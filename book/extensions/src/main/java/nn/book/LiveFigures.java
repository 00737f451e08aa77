package nn.book;

import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;

import java.util.Map;
import java.util.regex.Pattern;

/// `live::neuron[]` places the live figure called `neuron` (the engine compiled to JavaScript,
/// module `live/`) below the static figure it brings to life. Without JavaScript, and in
/// print, the reader sees the static figure and a one-line note instead.
@Name("live")
public final class LiveFigures extends BlockMacroProcessor {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    @Override
    public StructuralNode process(StructuralNode parent, String target,
                                  Map<String, Object> attributes) {
        if (!NAME.matcher(target).matches()) {
            throw new IllegalArgumentException("live figure names are lower-case words joined"
                    + " by hyphens, got live::" + target + "[]");
        }
        Object given = attributes.get("title");
        String title = given == null ? "Try it" : Typography.curly(given.toString());
        String html = """
                <div class="live" id="live-%1$s" data-widget="%1$s">
                <p class="live-title">%2$s</p>
                <p class="live-note live-fallback">This figure runs the book’s engine in your \
                browser when JavaScript is on; the figure above shows the same idea.</p>
                </div>""".formatted(target, title);
        return createBlock(parent, "pass", html);
    }
}
