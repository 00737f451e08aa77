package nn.book;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Postprocessor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Gives every line of a source page (`code-*.html`, see `SourcePages`) an anchor, `#L42`, and
/// makes its line number a link to it, so that a chapter listing can link to the lines it
/// shows (see `ListingLinks`) and a reader can pass on a link to one line. The page's body
/// gets the class `source-page`.
public final class SourceLines extends Postprocessor {
    private static final Pattern NUMBERS =
            Pattern.compile("(?s)<pre class=\"lineno\">(.*?)</pre>");
    private static final Pattern NUMBER = Pattern.compile("(?m)^(\\s*)(\\d+)$");

    @Override
    public String process(Document document, String output) {
        String page = document.getAttribute("docname", "").toString();
        return page.startsWith("code-") ? withLineAnchors(output) : output;
    }

    static String withLineAnchors(String html) {
        Matcher numbers = NUMBERS.matcher(html);
        var out = new StringBuilder();
        while (numbers.find()) {
            String linked = NUMBER.matcher(numbers.group(1))
                    .replaceAll("$1<a id=\"L$2\" href=\"#L$2\">$2</a>");
            numbers.appendReplacement(out, Matcher.quoteReplacement(
                    "<pre class=\"lineno\">" + linked + "</pre>"));
        }
        numbers.appendTail(out);
        return out.toString()
                .replaceFirst("<body class=\"([^\"]*)\"", "<body class=\"$1 source-page\"");
    }
}
