package nn.book;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

class NumberingTest {
    private static final String SECOND = """
            = Second Steps
            :description: The second chapter.

            [[second-intro]]
            == Intro

            The first equation:

            [[eq-sum]]
            [latexmath]
            ++++
            z = w x + b
            ++++

            <<eq-sum>> is a sum, <<fig-line>> draws it, <<second-more>> says more and
            xref:first.adoc#fig-first[] came before.

            .A line.
            image::line.png[A line]

            [[fig-line]]
            .The same line again.
            image::line.png[A line]

            [[second-more]]
            == More

            === Detail

            [latexmath]
            ++++
            a = f(z)
            ++++

            [source,java]
            .chapters/02-second/Sum.java
            ----
            int sum = 1 + 2;
            ----

            .Exercise 2.1: Try it
            ====
            Do it.

            [.solution]
            =====
            [source,java]
            .solutions/Sum.java
            ----
            int sum = 3;
            ----
            =====
            ====
            """;
    private static final String FIRST = """
            = First Steps
            :description: The first chapter.

            == Only

            [[fig-first]]
            .The first figure.
            image::first.png[First]
            """;
    private static final String PREFACE = """
            = Preface
            :description: Why.

            == Why

            .A timeline.
            image::timeline.png[Timeline]

            [latexmath]
            ++++
            1 + 1 = 2
            ++++
            """;

    @TempDir
    static Path root;
    private static Asciidoctor asciidoctor;
    private static Path chapters;

    @BeforeAll
    static void createBook() throws IOException {
        asciidoctor = Asciidoctor.Factory.create();
        chapters = root.resolve("chapters");
        write("00-preface/preface.adoc", PREFACE);
        write("01-first/first.adoc", FIRST);
        write("02-second/second.adoc", SECOND);
    }

    @AfterAll
    static void close() {
        asciidoctor.close();
    }

    @Test
    void aChapterPageIsNumberedByItsFolder() {
        String html = convert(chapters.resolve("02-second/second.adoc"));
        assertContains(html, "<h1><span class=\"chapter-signifier\">Chapter 2</span> "
                + "Second Steps</h1>");
        assertContains(html, "<title>Second Steps</title>");
        assertContains(html, "<span class=\"sectnum\">2.1</span> Intro</h2>");
        assertContains(html, "<span class=\"sectnum\">2.2</span> More</h2>");
        assertContains(html, "<span class=\"sectnum\">2.2.1</span> Detail</h3>");
        assertContains(html, "<span class=\"caption-label\">Figure 2.1</span> A line.");
        assertContains(html, "<span class=\"caption-label\">Figure 2.2</span> The same line");
        assertContains(html, "z = w x + b \\tag{2.1}\\]");
        assertContains(html, "a = f(z) \\tag{2.2}\\]");
        assertContains(html, "<span class=\"caption-label\">Listing 2.1</span> "
                + "chapters/02-second/Sum.java");
    }

    @Test
    void crossReferencesReadAsTheNumbers() {
        String html = convert(chapters.resolve("02-second/second.adoc"));
        assertContains(html, "<a href=\"#eq-sum\">Equation (2.1)</a> is a sum, "
                + "<a href=\"#fig-line\">Figure 2.2</a> draws it, "
                + "<a href=\"#second-more\">Section 2.2</a> says more");
    }

    @Test
    void solutionsAndExercisesKeepTheirTitles() {
        String html = convert(chapters.resolve("02-second/second.adoc"));
        assertContains(html, "Exercise 2.1: Try it");
        assertContains(html, "<div class=\"title\">solutions/Sum.java</div>");
    }

    @Test
    void thePrefaceIsNotNumbered() {
        String html = convert(chapters.resolve("00-preface/preface.adoc"));
        assertContains(html, "<h1>Preface</h1>");
        assertContains(html, "Why</h2>");
        assertContains(html, "<div class=\"title\">A timeline.</div>");
        assertContains(html, "1 + 1 = 2\\]");
    }

    @Test
    void theSinglePageHasTheSameNumbers() throws IOException {
        String html = convert(book());
        assertContains(html, "<span class=\"chapter-signifier\">Chapter 2</span> "
                + "Second Steps</h2>");
        assertContains(html, "<span class=\"sectnum\">2.2.1</span> Detail</h4>");
        assertContains(html, "<span class=\"caption-label\">Figure 1.1</span> The first");
        assertContains(html, "<span class=\"caption-label\">Figure 2.2</span> The same line");
        assertContains(html, "<div class=\"title\">A timeline.</div>");
        assertContains(html, "a = f(z) \\tag{2.2}\\]");
        assertContains(html, "<a href=\"#fig-line\">Figure 2.2</a> draws it");
    }

    @Test
    void aChapterPageWritesItsNumbers() throws IOException {
        convert(chapters.resolve("02-second/second.adoc"));
        assertEquals("""
                \tChapter 2
                second-intro\tSection 2.1
                second-more\tSection 2.2
                detail\tSection 2.2.1
                eq-sum\tEquation (2.1)
                fig-line\tFigure 2.2
                """, Files.readString(root.resolve("numbers/second.tsv")));
    }

    @Test
    void linksIntoOtherChaptersWithoutTextGetTheNumber() throws IOException {
        convert(chapters.resolve("01-first/first.adoc"));
        var numbers = CrossReferences.read(root.resolve("numbers"));
        List<String> problems = new ArrayList<>();
        String page = CrossReferences.resolve("second.html",
                convert(chapters.resolve("02-second/second.adoc")), numbers, problems);
        assertContains(page, "<a href=\"first.html#fig-first\">Figure 1.1</a> came before");
        String single = CrossReferences.resolve("book.html", convert(book()), numbers, problems);
        assertContains(single, "<a href=\"#fig-first\">Figure 1.1</a> came before");
        assertEquals("[]", problems.toString());
    }

    private static Path book() throws IOException {
        var book = new StringBuilder("= The Book\n:doctype: book\n:leveloffset: +1\n\n");
        for (Chapter c : Chapter.all(chapters)) {
            book.append("[[").append(c.anchor()).append("]]\ninclude::")
                    .append(c.lesson()).append("[]\n\n");
        }
        Path file = root.resolve("book.adoc");
        Files.writeString(file, book);
        return file;
    }

    private static String convert(Path file) {
        return asciidoctor.convertFile(file.toFile(), Options.builder()
                .toFile(false).standalone(true).safe(SafeMode.UNSAFE)
                .attributes(Attributes.builder()
                        .attribute("chapters-dir", chapters.toString())
                        .attribute("numbers-dir", root.resolve("numbers").toString())
                        .attribute("idprefix", "").attribute("idseparator", "-")
                        .attribute("xrefstyle", "short").attribute("example-caption", false)
                        .build())
                .build());
    }

    private static void write(String path, String text) throws IOException {
        Path file = chapters.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void assertContains(String html, String part) {
        org.junit.jupiter.api.Assertions.assertTrue(html.contains(part),
                () -> "expected " + part + " in:\n" + html);
    }

    private static void assertEquals(Object expected, Object actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }
}
