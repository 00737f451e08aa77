package nn.book;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Postprocessor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Gives every figure of a page its dark rendering and a way to enlarge it. The chapter
/// scripts save each chart twice (`name.png`, `name-dark.png`; see `nn.plot.Theme`); for every
/// image block whose `-dark` twin exists in the book's folder the page gets both images,
/// classed `figure-light` and `figure-dark`, and book.css shows the one of the current theme
/// (the other is `display: none`, so screen readers meet one image with its alt text; print
/// always shows the light one). Every figure is wrapped in a link to its PNG, which book.js
/// turns into a full-size view (without JavaScript the link opens the PNG itself). Images
/// without a twin (none made by hand so far) are only wrapped in the link, and show in both
/// themes.
public final class FigureThemes extends Postprocessor {
    /// An image block's image: `<div class="content">` and then the `<img>`, not yet linked.
    private static final Pattern FIGURE = Pattern.compile(
            "(<div class=\"content\">\\s*)<img src=\"([^\"]+)\\.png\"([^>]*)>");

    @Override
    public String process(Document document, String output) {
        Object folder = document.getAttribute("outdir");
        if (folder == null) return output;
        Path book = Path.of(folder.toString());
        return pair(output, image -> Files.exists(book.resolve(image + "-dark.png")));
    }

    /// `html` with every image block's `<img src="x.png">` linked and, when `hasDark` says
    /// `x-dark.png` exists (it gets `x`, the path without `.png`), doubled.
    static String pair(String html, Predicate<String> hasDark) {
        Matcher m = FIGURE.matcher(html);
        var out = new StringBuilder();
        while (m.find()) {
            String image = m.group(2), rest = m.group(3);
            boolean twin = hasDark.test(image);
            String light = "<img%s src=\"%s.png\"%s>"
                    .formatted(twin ? " class=\"figure-light\"" : "", image, rest);
            String dark = twin
                    ? "<img class=\"figure-dark\" src=\"%s-dark.png\"%s>".formatted(image, rest)
                    : "";
            String link = "<a class=\"figure-zoom\" href=\"%s.png\" title=\"Enlarge the figure\">"
                    .formatted(image);
            m.appendReplacement(out, Matcher.quoteReplacement(
                    m.group(1) + link + light + dark + "</a>"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
