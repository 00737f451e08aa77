package nn.book;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/// Writes the two generated parts of the book from the chapter folders, so that adding a chapter
/// needs no other edit: `chapter-list.adoc` (the list on the contents page) and
/// `chapter-includes.adoc` (the chapters of the single-page edition, each with the anchor
/// `Chapter.anchor()` that the single page's links to that chapter lead to).
///
/// Usage: `BookContents <chapters folder> <output folder>`.
public final class BookContents {

    public static void main(String[] args) throws IOException {
        List<Chapter> chapters = Chapter.all(Path.of(args[0]));
        Path out = Files.createDirectories(Path.of(args[1]));
        // each chapter labelled as its heading is (see Numbering): "Chapter 4", the preface not
        var list = new StringBuilder("[.chapter-list]\n");
        var includes = new StringBuilder();
        for (Chapter c : chapters) {
            String label = c.label();
            list.append("* %sxref:%s[*%s*]: %s%n".formatted(
                    label == null ? "" : "[.chapter-signifier]#" + label + "# ",
                    c.lesson().getFileName(), c.title(), c.description()));
            includes.append("[[%s]]%ninclude::%s[]%n%n"
                    .formatted(c.anchor(), c.lesson().toAbsolutePath()));
        }
        Files.writeString(out.resolve("chapter-list.adoc"), list);
        Files.writeString(out.resolve("chapter-includes.adoc"), includes);
    }
}
