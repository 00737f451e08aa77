package nn.book;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The book build fails loudly, naming the file and line, for each mistake a chapter can make:
/// a temporary chapter, rendered with the book's extensions as the build renders it, is broken
/// one way per test. Asciidoctor reports a missing include or tag and anything else it warns
/// about (the book's POM fails the build on any message, `failIf` severity INFO); the link
/// checker reports an xref to a missing chapter or anchor and a missing image. (A script whose
/// `// expect:` lines no longer match or that throws: `RunScriptsTest`.)
class BuildFailuresTest {
    private static final String LESSON = """
            = First Steps
            :description: The first chapter.

            == Code

            .chapters/01-first/Hello.java
            [source,java]
            ----
            include::Hello.java[tag=greet]
            ----

            .A line.
            image::line.png[A line]

            The next chapter starts with xref:second.adoc#second-intro[its introduction].
            """;
    private static final String SECOND = """
            = Second Steps
            :description: The second chapter.

            [[second-intro]]
            == Intro

            Back to xref:first.adoc#code[the code].
            """;

    private static Asciidoctor asciidoctor;
    private static final List<LogRecord> messages = new ArrayList<>();
    @TempDir
    Path root;
    Path chapters, book;

    @BeforeAll
    static void start() {
        asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.registerLogHandler(messages::add);
    }

    @AfterAll
    static void close() {
        asciidoctor.close();
    }

    @BeforeEach
    void chapters() throws IOException {
        chapters = root.resolve("chapters");
        book = root.resolve("book");
        Files.createDirectories(book.resolve("images"));
        Files.createDirectories(chapters.resolve("01-first"));
        Files.createDirectories(chapters.resolve("02-second"));
        Files.writeString(chapters.resolve("01-first/Hello.java"), """
                void main() {
                    // tag::greet[]
                    IO.println("hello");
                    // end::greet[]
                }
                """);
        Files.writeString(chapters.resolve("02-second/second.adoc"), SECOND);
        Files.writeString(book.resolve("images/line.png"), "a picture");
        for (String page : List.of("index.html", "book.html")) { // every page links to them
            Files.writeString(book.resolve(page), "<html><body></body></html>");
        }
        messages.clear();
    }

    /// Renders the first chapter with `broken` in place of `good`, and the second as it is;
    /// returns the link checker's problems.
    private List<String> build(String good, String broken) throws IOException {
        assertTrue(LESSON.contains(good), good);
        Files.writeString(chapters.resolve("01-first/first.adoc"), LESSON.replace(good, broken));
        for (String page : List.of("01-first/first.adoc", "02-second/second.adoc")) {
            asciidoctor.convertFile(chapters.resolve(page).toFile(), Options.builder()
                    .toDir(book.toFile()).safe(SafeMode.UNSAFE).standalone(true)
                    .attributes(Attributes.builder()
                            .attribute("chapters-dir", chapters.toString())
                            .attribute("numbers-dir", root.resolve("numbers").toString())
                            .attribute("imagesdir", "images").attribute("webfonts", false)
                            .attribute("idprefix", "").attribute("idseparator", "-")
                            .build())
                    .build());
        }
        return LinkCheck.check(book, new LinkSources(chapters));
    }

    /// The one message Asciidoctor logged: its severity, file and line.
    private static String message() {
        assertEquals(1, messages.size(), messages.stream().map(LogRecord::getMessage).toList()
                .toString());
        LogRecord m = messages.getFirst();
        assertTrue(m.getSeverity().compareTo(Severity.INFO) >= 0, m.getSeverity().toString());
        return Path.of(m.getCursor().getFile()).getFileName() + ":" + m.getCursor().getLineNumber()
                + ": " + m.getMessage();
    }

    @Test
    void theChapterAsItIsBuildsWithoutAMessage() throws IOException {
        assertEquals(List.of(), build("", ""));
        assertEquals(List.of(), messages.stream().map(LogRecord::getMessage).toList());
    }

    @Test
    void aMissingIncludeNamesTheFileAndLine() throws IOException {
        build("include::Hello.java", "include::Goodbye.java");
        String m = message();
        assertTrue(m.startsWith("first.adoc:9: include file not found: "), m);
    }

    @Test
    void aMissingTagNamesTheFileAndLine() throws IOException {
        build("tag=greet", "tag=great");
        String m = message();
        assertTrue(m.startsWith("first.adoc:9: tag 'great' not found in include file"), m);
    }

    @Test
    void anyOtherAsciidoctorWarningNamesTheFileAndLine() throws IOException {
        build("== Code\n", "== Code\n\n==== Too deep\n");
        assertEquals("first.adoc:6: section title out of sequence: expected level 2, got level 3",
                message());
    }

    @Test
    void anXrefToAMissingChapterNamesTheSourceLine() throws IOException {
        assertEquals(List.of("chapters/01-first/first.adoc:15: broken link third.html#second-intro"
                        + " (no file third.html) in first.html"),
                build("xref:second.adoc", "xref:third.adoc"));
    }

    @Test
    void anXrefToAMissingAnchorNamesTheSourceLine() throws IOException {
        assertEquals(List.of("chapters/01-first/first.adoc:15: broken anchor second.html#second-"
                        + "outro (no id \"second-outro\" in second.html) in first.html"),
                build("#second-intro", "#second-outro"));
    }

    @Test
    void aMissingImageNamesTheSourceLine() throws IOException {
        assertEquals(List.of("chapters/01-first/first.adoc:13: broken link images/lines.png"
                        + " (no file images/lines.png) in first.html"),
                build("image::line.png", "image::lines.png"));
    }
}
