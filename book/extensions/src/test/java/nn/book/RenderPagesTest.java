package nn.book;

import org.asciidoctor.Asciidoctor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The pages are rendered again exactly when something they are made from changed, so that
/// no page of the book can be stale: a small book of two chapters is built, changed, built again.
class RenderPagesTest {
    private static Asciidoctor asciidoctor;
    @TempDir
    Path root;
    Path book, build;

    @BeforeAll
    static void start() {
        asciidoctor = Asciidoctor.Factory.create();
    }

    @AfterAll
    static void close() {
        asciidoctor.close();
    }

    @BeforeEach
    void smallBook() throws IOException {
        book = root.resolve("book/target/book");
        build = root.resolve("book/target");
        write("chapters/01-first/first.adoc", """
                = First Steps
                :description: The first chapter.

                == Code

                The neuron adds its inputs.

                ....
                include::{outputs}/Hello.txt[]
                ....
                """);
        write("chapters/02-second/second.adoc", """
                = Second Steps
                :description: The second chapter.

                == Intro

                Back to xref:first.adoc#code[the code].
                """);
        write("book/src/docs/asciidoc/index.adoc", "= A Book\n\ninclude::{generated}/chapter-list.adoc[]\n");
        write("book/src/docs/asciidoc/book.adoc", """
                = A Book
                :doctype: book
                :leveloffset: +1

                include::{generated}/chapter-includes.adoc[]
                """);
        write("book/target/outputs/Hello.txt", "hello\n");
        BookContents.main(new String[] {root.resolve("chapters").toString(),
                build.resolve("generated").toString()});
    }

    private void write(String file, String text) throws IOException {
        Files.createDirectories(root.resolve(file).getParent());
        Files.writeString(root.resolve(file), text);
    }

    private RenderPages.Report render() throws IOException {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("root", root.toString());
        attributes.put("chapters-dir", root.resolve("chapters").toString());
        attributes.put("outputs", build.resolve("outputs").toString());
        attributes.put("generated", build.resolve("generated").toString());
        attributes.put("numbers-dir", build.resolve("generated/numbers").toString());
        attributes.put("idprefix", "");
        attributes.put("idseparator", "-");
        attributes.put("reproducible", "");
        return new RenderPages(root, book, build, attributes, "tools", asciidoctor).run();
    }

    private String page(String name) throws IOException {
        return Files.readString(book.resolve(name + ".html"));
    }

    @Test
    void aSecondBuild_rendersNothingAndLeavesEveryPageAsItWas() throws IOException {
        var first = render();
        assertEquals(List.of("first", "second", "book", "index"), first.rendered());
        String chapter = page("first"), single = page("book");
        Files.writeString(book.resolve("first.html"), "changed by a later step of the build");
        Files.delete(build.resolve("generated/numbers/first.tsv"));
        var second = render();
        assertEquals(List.of(), second.rendered());
        assertEquals(4, second.reused().size());
        assertEquals(chapter, page("first"));
        assertEquals(single, page("book"));
        assertTrue(Files.exists(build.resolve("generated/numbers/first.tsv")),
                "a chapter page taken from the cache brings its numbers back");
    }

    @Test
    void editingOneChapter_showsTheEditInItsPageAndTheSinglePageEdition() throws IOException {
        render();
        Path lesson = root.resolve("chapters/01-first/first.adoc");
        Files.writeString(lesson, Files.readString(lesson).replace("adds", "sums"));
        var report = render();
        assertEquals(List.of("first", "book"), report.rendered());
        assertTrue(page("first").contains("The neuron sums its inputs."));
        assertTrue(page("book").contains("The neuron sums its inputs."));
    }

    @Test
    void aNewScriptOutput_isShownInThePagesThatIncludeIt() throws IOException {
        render();
        write("book/target/outputs/Hello.txt", "hello again\n");
        var report = render();
        assertEquals(List.of("first", "book"), report.rendered());
        assertTrue(page("first").contains("hello again"));
        assertTrue(page("book").contains("hello again"));
    }

    @Test
    void aNewChapterTitle_rendersEveryPage() throws IOException {
        render();
        Path lesson = root.resolve("chapters/02-second/second.adoc");
        Files.writeString(lesson, Files.readString(lesson).replace("Second Steps", "Next Steps"));
        BookContents.main(new String[] {root.resolve("chapters").toString(),
                build.resolve("generated").toString()});
        assertEquals(4, render().rendered().size(), "every page's sidebar lists the chapters");
    }

    @Test
    void aPageWithAProblem_failsWithItsFileAndLine_andIsNotKept() throws IOException {
        render();
        Path lesson = root.resolve("chapters/01-first/first.adoc");
        Files.writeString(lesson, Files.readString(lesson).replace("Hello.txt", "Gone.txt"));
        for (int build = 1; build <= 2; build++) {
            var report = render();
            assertEquals(2, report.problems().size(), report.problems().toString()); // page, book
            String problem = report.problems().getFirst();
            assertTrue(problem.contains("first.adoc:9") && problem.contains("Gone.txt"), problem);
        }
    }
}
