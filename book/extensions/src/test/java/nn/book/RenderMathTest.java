package nn.book;

import nn.book.RenderMath.Formula;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderMathTest {
    @Test
    void formulasAreFoundAsAsciidoctorWritesThem() {
        String html = "<p>the sum \\(z = w_i x_i &lt; b &amp; c\\):</p>\n<div class=\"stemblock\">"
                + "<div class=\"content\">\n\\[a = f\\Big(z\\Big)\n\\]\n</div></div>";
        assertEquals(List.of(new Formula("z = w_i x_i < b & c", false),
                new Formula("a = f\\Big(z\\Big)", true)), RenderMath.formulas(html));
    }

    @Test
    void codeScriptsAndAttributesKeepTheirBackslashes() {
        String html = "<pre><code>Pattern.compile(\"\\\\(x\\\\)\")</code></pre>"
                + "<code>\\(a\\)</code><script>s = '\\\\(b\\\\)';</script>"
                + "<img alt=\"\\(c\\)\" src=\"x.png\"><p>\\(d\\)</p>"
                + "<annotation encoding=\"application/x-tex\">a \\\\[2pt] b</annotation>";
        assertEquals(List.of(new Formula("d", false)), RenderMath.formulas(html));
    }

    @Test
    void eachFormulaIsReplacedInPlace() {
        String html = "<p>\\(x\\) and \\(y\\)</p><div>\\[x\\]</div>";
        assertEquals("<p>[x] and [y]</p><div>{x}</div>", RenderMath.replaceFormulas(html,
                f -> f.display() ? "{" + f.tex() + "}" : "[" + f.tex() + "]"));
    }

    @Test
    void aFormulaThatIsNotClosedIsReported() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> RenderMath.formulas("<p>\\(x + y</p><p>and \\(z\\)</p>"));
        assertTrue(e.getMessage().startsWith("a formula is not closed: \\(x + y"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RenderMath.formulas("<p>\\[x</p>"));
    }

    @Test
    void theStylesheetIsLinkedOnceBeforeTheOthers() {
        String page = "<head><title>T</title><link rel=\"stylesheet\" href=\"book.css\"></head>";
        String linked = RenderMath.linkStylesheet(page, "katex/katex.min.css");
        assertEquals("<head><title>T</title><link rel=\"stylesheet\" href=\"katex/katex.min.css\">"
                + "\n<link rel=\"stylesheet\" href=\"book.css\"></head>", linked);
        assertEquals(linked, RenderMath.linkStylesheet(linked, "katex/katex.min.css"));
    }
}
