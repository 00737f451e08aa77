package nn.book;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossReferencesTest {
    @Test
    void aLinkWithoutTextToSomethingUnnumberedIsAProblem() {
        var numbers = Map.of("first.html", Map.of("", "Chapter 1", "fig-first", "Figure 1.1"));
        List<String> problems = new ArrayList<>();
        String html = "<a href=\"first.html\">first.html</a>, "
                + "<a href=\"#chapter-first\">first.html</a>, "
                + "<a href=\"first.html#nowhere\">first.html</a>, "
                + "<a href=\"book.html\">book.html</a>";
        assertEquals("<a href=\"first.html\">Chapter 1</a>, "
                + "<a href=\"#chapter-first\">Chapter 1</a>, "
                + "<a href=\"first.html#nowhere\">first.html</a>, "
                + "<a href=\"book.html\">book.html</a>",
                CrossReferences.resolve("second.html", html, numbers, problems));
        assertEquals(1, problems.size());
        assertTrue(problems.getFirst().contains("xref:first.adoc#nowhere[text]"),
                problems.getFirst());
    }
}
