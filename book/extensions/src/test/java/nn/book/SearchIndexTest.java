package nn.book;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchIndexTest {
    @Test
    void entitiesAreDecoded() {
        assertEquals("neuron’s — \\sigma'(z) < 1 & “x” …",
                SearchIndex.text("neuron&#8217;s&#160;&#8212; \\sigma&#x27;(z) &lt; 1 &amp; "
                        + "&#8220;x&#8221; &#8230;&#8203;"));
    }

    @Test
    void formulasAreIndexedAsTheirTex() {
        String html = "<p>the sum <span class=\"katex\"><span class=\"katex-mathml\"><math>"
                + "<semantics><mrow><mi>z</mi><mo>&lt;</mo><mi>b</mi></mrow>"
                + "<annotation encoding=\"application/x-tex\">z &lt; b</annotation></semantics>"
                + "</math></span><span class=\"katex-html\" aria-hidden=\"true\">"
                + "<span class=\"base\"><span class=\"mord mathnormal\">z</span></span></span>"
                + "</span>, then more.</p>";
        assertEquals("the sum z < b, then more.", SearchIndex.text(html));
    }
}
