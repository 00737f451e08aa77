package nn.book;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIndexTest {
    @Test
    void entitiesAreDecoded() {
        assertEquals("neuron’s — \\sigma'(z) < 1 & “x” …",
                SearchIndex.text("neuron&#8217;s&#160;&#8212; \\sigma&#x27;(z) &lt; 1 &amp; "
                        + "&#8220;x&#8221; &#8230;&#8203;"));
    }

    @Test
    void formulasAreIndexedAsReadableText() {
        String html = "<p>the sum <span class=\"katex\"><span class=\"katex-mathml\"><math>"
                + "<semantics><mrow><mi>z</mi><mo>&lt;</mo><mi>b</mi></mrow>"
                + "<annotation encoding=\"application/x-tex\">z &lt; b</annotation></semantics>"
                + "</math></span><span class=\"katex-html\" aria-hidden=\"true\">"
                + "<span class=\"base\"><span class=\"mord mathnormal\">z</span></span></span>"
                + "</span>, then more.</p>";
        assertEquals("the sum z < b, then more.", SearchIndex.text(html));
    }

    @Test
    void listingsAndProgramOutputAreLeftOutOfSections() {
        String html = """
                <main id="content"><div class="sect1"><h2 id="s">Title</h2>
                <div class="paragraph"><p>Before.</p></div>
                <div class="listingblock"><div class="title">Code</div><div class="content">
                <pre>int x = 1;</pre></div></div>
                <div class="literalblock output"><div class="content"><pre>epoch 1</pre></div></div>
                <div class="paragraph"><p>After.</p></div></div></main>""";
        var entries = SearchIndex.sections("p.html", "<h1>Chapter</h1>" + html);
        assertEquals("Before. After.", entries.get(1).text());
    }

    @Test
    void sourcePagesGiveTheirDeclarationsAndCommentsWithLineNumbers() {
        String html = """
                <p><code>engine/src/main/java/nn/layers/Dense.java</code> in the engine.</p>
                <td class="code"><pre><span class="kn">package</span> nn.layers;

                /// A fully connected layer.
                public final class Dense {
                    public Matrix forward(Matrix x) {
                        return x;
                    }
                }
                </pre></td>""";
        var entry = SearchIndex.source("code-nn.layers.Dense.html", html);
        assertEquals("Source › nn/layers/Dense.java", entry.title());
        assertEquals(List.of(new SearchIndex.Line(3, "A fully connected layer."),
                new SearchIndex.Line(4, "public final class Dense {"),
                new SearchIndex.Line(5, "public Matrix forward(Matrix x) {")), entry.lines());
    }

    @Test
    void withoutBlocksSkipsNestedDivs() {
        String html = "a<div class=\"live x\"><div><div></div></div></div>b";
        assertEquals("ab", SearchIndex.withoutBlocks(html));
        assertFalse(SearchIndex.withoutBlocks("<div class=\"listingblock\">x</div>").contains("x"));
        assertTrue(SearchIndex.withoutBlocks("<div class=\"paragraph\">x</div>").contains("x"));
    }
}
