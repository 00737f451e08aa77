package nn.book;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinkCheckTest {
    @TempDir
    Path book;

    private List<String> checkPage(String body) throws IOException {
        Files.writeString(book.resolve("a.html"),
                "<html><body><h2 id=\"top\">A</h2>" + body + "</body></html>");
        Files.writeString(book.resolve("b.html"),
                "<html><body><h2 id=\"there\">B</h2></body></html>");
        return LinkCheck.check(book);
    }

    @Test
    void goodLinksPass() throws IOException {
        assertEquals(List.of(), checkPage("<a href=\"b.html#there\">b</a><a href=\"#top\">up</a>"
                + "<a href=\"https://example.org/paper\">paper</a>"));
    }

    @Test
    void missingPageImageAndAnchorAreReported() throws IOException {
        assertEquals(List.of(
                "a.html: broken anchor b.html#nowhere (no id \"nowhere\" in b.html)",
                "a.html: broken link c.html (no file c.html)",
                "a.html: broken link images/x.png (no file images/x.png)"),
                checkPage("<a href=\"c.html\">c</a><a href=\"b.html#nowhere\">b</a>"
                        + "<img src=\"images/x.png\" alt=\"x\">"));
    }

    @Test
    void remoteScriptsAndFontsAreReported() throws IOException {
        assertEquals(List.of(
                "a.html: <link> loads https://fonts.googleapis.com/css from outside the book",
                "a.html: <script> loads https://cdn.example.org/mathjax.js from outside the book"),
                checkPage("<script src=\"https://cdn.example.org/mathjax.js\"></script>"
                        + "<link rel=\"stylesheet\" href=\"https://fonts.googleapis.com/css\">"));
    }

    @Test
    void stylesheetUrlsMustBeFilesOfTheBook() throws IOException {
        Files.createDirectories(book.resolve("katex/fonts"));
        Files.writeString(book.resolve("katex/fonts/Main.woff2"), "font");
        Files.writeString(book.resolve("katex/katex.min.css"),
                "@font-face{src:url(fonts/Main.woff2) format(\"woff2\"),url(fonts/Main.woff)}"
                + "a{background:url('https://cdn.example.org/x.png')}b{background:url(data:x)}");
        assertEquals(List.of(
                "katex/katex.min.css: broken url(fonts/Main.woff) (no file katex/fonts/Main.woff)",
                "katex/katex.min.css: loads a remote url(https://cdn.example.org/x.png)"),
                checkPage(""));
    }

    @Test
    void imagesNeedAltTextAndNumericSizes() throws IOException {
        Files.createDirectories(book.resolve("images"));
        Files.writeString(book.resolve("images/x.png"), "png");
        assertEquals(List.of(
                "a.html: image size \"sigmoid and tanh\" is not a number: "
                        + "put alt text with commas in quotes",
                "a.html: image without alt text: <img src=\"images/x.png\">"),
                checkPage("<img src=\"images/x.png\">"
                        + "<img src=\"images/x.png\" alt=\"Plot of step\" "
                        + "width=\"sigmoid and tanh\">"
                        + "<img src=\"images/x.png\" alt=\"A fine plot\" width=\"640\">"));
    }

    @Test
    void escapedLinkMarkupIsReported() throws IOException {
        assertEquals(List.of("a.html: a link shows as text (HTML escaped where a link was meant)"),
                checkPage("<div class=\"title\">&lt;a class=\"code-link\" href=\"b.html\"&gt;B&lt;/a&gt;</div>"));
    }
}
