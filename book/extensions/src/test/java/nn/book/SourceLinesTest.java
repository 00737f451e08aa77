package nn.book;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceLinesTest {
    @Test
    void everyLineNumberBecomesAnAnchoredLink() {
        String page = "<body class=\"article\"><pre class=\"lineno\"> 9\n10\n</pre>"
                + "<td class=\"code\"><pre>a\nb\n</pre></td>";
        assertEquals("<body class=\"article source-page\"><pre class=\"lineno\">"
                + " <a id=\"L9\" href=\"#L9\">9</a>\n<a id=\"L10\" href=\"#L10\">10</a>\n</pre>"
                + "<td class=\"code\"><pre>a\nb\n</pre></td>", SourceLines.withLineAnchors(page));
    }
}
