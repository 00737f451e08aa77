package nn.book;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/// Each page as Asciidoctor rendered it, before the later steps of the build (cross-references,
/// math, search) change it in the book folder, kept in `page-cache/` with the key of its inputs
/// (`PageInputs`), and with the numbers a chapter page writes for `CrossReferences`. A page
/// whose key is the recorded one is copied back instead of rendered.
final class PageCache {
    private final Path folder, book, numbers;

    PageCache(Path folder, Path book, Path numbers) {
        this.folder = folder;
        this.book = book;
        this.numbers = numbers;
    }

    /// Puts the cached page (and its numbers) back if it was rendered from inputs with this key.
    boolean restore(String page, String key) throws IOException {
        Path recorded = folder.resolve(page + ".key");
        if (!Files.exists(recorded) || !Files.readString(recorded).strip().equals(key)) {
            return false;
        }
        copy(folder.resolve(page + ".html"), book.resolve(page + ".html"));
        Files.deleteIfExists(numbers.resolve(page + ".tsv"));
        if (Files.exists(folder.resolve(page + ".tsv"))) {
            copy(folder.resolve(page + ".tsv"), numbers.resolve(page + ".tsv"));
        }
        return true;
    }

    /// Keeps the page just rendered into the book folder, under its key.
    void store(String page, String key) throws IOException {
        Files.createDirectories(folder);
        Files.deleteIfExists(folder.resolve(page + ".key")); // never a new page under an old key
        Files.deleteIfExists(folder.resolve(page + ".tsv"));
        copy(book.resolve(page + ".html"), folder.resolve(page + ".html"));
        if (Files.exists(numbers.resolve(page + ".tsv"))) {
            copy(numbers.resolve(page + ".tsv"), folder.resolve(page + ".tsv"));
        }
        Files.writeString(folder.resolve(page + ".key"), key + "\n");
    }

    /// Forgets a page before it is rendered again (a failed render leaves no entry behind).
    void forget(String page) throws IOException {
        Files.deleteIfExists(folder.resolve(page + ".key"));
        Files.deleteIfExists(numbers.resolve(page + ".tsv"));
    }

    /// Keeps the stylesheets Asciidoctor wrote beside the pages (`asciidoctor.css`, rouge's).
    void storeStylesheets() throws IOException {
        for (Path css : stylesheets(book)) {
            copy(css, folder.resolve("css").resolve(css.getFileName()));
        }
    }

    /// Puts back a stylesheet missing from the book folder, which no page rendered may write.
    void restoreStylesheets() throws IOException {
        for (Path css : stylesheets(folder.resolve("css"))) {
            Path target = book.resolve(css.getFileName());
            if (!Files.exists(target)) copy(css, target);
        }
    }

    private static List<Path> stylesheets(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".css")).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
