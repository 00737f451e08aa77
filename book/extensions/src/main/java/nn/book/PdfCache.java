package nn.book;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/// The PDF edition of the last build, kept in `pdf-cache/` beside the book folder with the
/// digest of what it was printed from: every file of the book folder but the PDF itself, the
/// Chromium that printed it, and the code that drives the printing. Printing takes half a
/// minute or more; a build whose HTML book is byte for byte the same reuses the PDF. Beside it,
/// `pages.tsv`: the page of every link target, the first guess for the next print (a guess
/// only: `PdfEdition` checks where each target landed).
final class PdfCache {
    private static final List<String> PRINTING_CODE = List.of("PdfEdition.class",
            "Chromium.class", "ReproduciblePdf.class", "StructureIds.class", "pdf-edition.js");
    private final Path folder;

    PdfCache(Path book) {
        this.folder = book.toAbsolutePath().normalize().resolveSibling("pdf-cache");
    }

    /// The digest of everything `book.pdf` is made from.
    static String key(Path book, Path chromium) throws IOException {
        var inputs = new StringBuilder();
        inputs.append("book ").append(Sha256.ofTree(book, f -> !f.startsWith("book.pdf")));
        inputs.append("\nchromium ").append(chromium).append(' ')
                .append(Files.size(chromium)).append(' ')
                .append(Files.getLastModifiedTime(chromium));
        for (String name : PRINTING_CODE) {
            try (InputStream in = PdfCache.class.getResourceAsStream(name)) {
                if (in == null) throw new IOException(name + " is missing from the classpath");
                inputs.append('\n').append(name).append(' ').append(Sha256.of(in.readAllBytes()));
            }
        }
        return Sha256.of(inputs.toString());
    }

    /// The cached PDF if it was printed from inputs with this key, else null.
    byte[] lookup(String key) throws IOException {
        Path pdf = folder.resolve("book.pdf"), recorded = folder.resolve("key.txt");
        if (!Files.exists(pdf) || !Files.exists(recorded)) return null;
        return Files.readString(recorded).strip().equals(key) ? Files.readAllBytes(pdf) : null;
    }

    void store(String key, byte[] pdf, Map<String, Integer> pages) throws IOException {
        Files.createDirectories(folder);
        Files.deleteIfExists(folder.resolve("key.txt")); // no moment with a new PDF and old key
        Files.write(folder.resolve("book.pdf"), pdf);
        Files.writeString(folder.resolve("pages.tsv"), pages.entrySet().stream()
                .map(e -> e.getKey() + "\t" + e.getValue() + "\n").collect(Collectors.joining()));
        Files.writeString(folder.resolve("key.txt"), key + "\n");
    }

    /// The page numbers the last print filled in, or none (no print yet, or an unreadable file).
    Map<String, Integer> lastPages() throws IOException {
        Path file = folder.resolve("pages.tsv");
        if (!Files.exists(file)) return Map.of();
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split("\t");
            if (f.length != 2 || !f[1].matches("\\d{1,6}")) return Map.of();
            pages.put(f[0], Integer.parseInt(f[1]));
        }
        return pages;
    }
}
