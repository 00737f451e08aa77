package nn.book;

import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/// Turns the title of every listing taken from the engine (`.engine/src/main/java/nn/...java`)
/// into a link to that file's page in the book, which shows the whole file and its tests, at
/// the first line the listing shows (`code-nn.layers.Dense.html#L42`, see `SourceLines`).
///
/// The line is found by looking for the listing's lines in the file (an `include::` with
/// `indent=0` shifts them, so they are compared without their indentation); a listing whose
/// lines are not in the file is reported, which fails the book build.
public final class ListingLinks extends Treeprocessor {
    private static final String PREFIX = "engine/src/main/java/";

    @Override
    public Document process(Document document) {
        Object root = document.getAttribute("root");
        for (StructuralNode listing : document.findBy(Map.of("context", ":listing"))) {
            String title = listing.getTitle();
            if (title == null || !title.startsWith(PREFIX) || !title.endsWith(".java")) continue;
            String path = title.substring(PREFIX.length(), title.length() - ".java".length());
            String page = "code-" + path.replace('/', '.') + ".html";
            String anchor = "";
            if (root != null && listing instanceof Block block) {
                Path file = Path.of(root.toString()).resolve(title);
                int line = firstLine(lines(file), block.getLines());
                if (line > 0) anchor = "#L" + line;
                else log(new LogRecord(Severity.WARN, "listing " + title + " in "
                        + document.getAttribute("docname") + ": its lines are not in the file"));
            }
            listing.setTitle("link:" + page + anchor + "[" + title + ",role=code-link]");
        }
        return document;
    }

    /// The number (from 1) of the line of `file` where `shown` starts, comparing lines without
    /// their indentation; where the whole of `shown` is not found in one piece (a listing of
    /// two tags), where its first line is; -1 if nowhere.
    static int firstLine(List<String> file, List<String> shown) {
        List<String> want = shown.stream().map(String::strip).toList();
        int first = 0;
        while (first < want.size() && want.get(first).isEmpty()) first++;
        if (first == want.size()) return -1;
        int fallback = -1;
        for (int i = 0; i < file.size(); i++) {
            if (!file.get(i).strip().equals(want.get(first))) continue;
            if (fallback < 0) fallback = i + 1;
            boolean all = i + want.size() - first <= file.size();
            for (int k = first; k < want.size() && all; k++) {
                all = file.get(i + k - first).strip().equals(want.get(k));
            }
            if (all) return i + 1;
        }
        return fallback;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
