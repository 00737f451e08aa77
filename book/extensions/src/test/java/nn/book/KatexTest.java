package nn.book;

import nn.book.RenderMath.Formula;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class KatexTest {
    @Test
    void resultsAreReadAsJsonStringifyWritesThem() {
        var results = Katex.parse("[{\"html\":\"<span class=\\\"katex\\\">"
                + "a\\\\b\\n\\u00e9{\\\"x\\\"}</span>\"},"
                + "{\"error\":\"KaTeX parse error: Undefined control sequence\"}]");
        assertEquals(List.of(new Katex.Result("<span class=\"katex\">a\\b\né{\"x\"}</span>", null),
                new Katex.Result(null, "KaTeX parse error: Undefined control sequence")), results);
    }

    @Test
    void formulasAreSentAsJson() {
        assertEquals("[{\"tex\":\"\\\\frac{a}{\\\"b\\\"} % c\\nd\",\"display\":true}]",
                Katex.json(List.of(new Formula("\\frac{a}{\"b\"} % c\nd", true))));
    }

    /// Runs Node.js with the book's script and the KaTeX unpacked by the book build, when both
    /// are there.
    @Test
    void nodeRendersAFormulaAndRejectsABadOne() throws Exception {
        Path script = Path.of("../src/math/render.js");
        Path katex = Path.of("../target/katex/dist/katex.min.js");
        assumeTrue(Files.exists(katex), "build the book once: KaTeX is unpacked by it");
        var results = Katex.render(script, katex, List.of(new Formula("x_1 < y", false),
                new Formula("\\notamacro{x}", true)));
        String html = results.get(0).html();
        assertTrue(html.startsWith("<span class=\"katex\"><span class=\"katex-mathml\">"), html);
        assertTrue(html.contains("x_1 &lt; y</annotation>"), html);
        assertNull(results.get(1).html());
        assertTrue(results.get(1).error().contains("Undefined control sequence: \\notamacro"),
                results.get(1).error());
    }
}
