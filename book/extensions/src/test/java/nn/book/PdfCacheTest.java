package nn.book;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/// The PDF of the last build and its page numbers, kept beside the book folder.
class PdfCacheTest {
    @TempDir
    Path root;

    @Test
    void storedPdf_isFoundUnderItsKeyOnly() throws Exception {
        var cache = new PdfCache(root.resolve("book"));
        cache.store("key-1", new byte[] {1, 2, 3}, Map.of("a", 1));
        assertArrayEquals(new byte[] {1, 2, 3}, cache.lookup("key-1"));
        assertNull(cache.lookup("key-2"));
    }

    @Test
    void lastPages_areThoseStoredWithThePdf() throws Exception {
        var cache = new PdfCache(root.resolve("book"));
        assertEquals(Map.of(), cache.lastPages());
        cache.store("key", new byte[0], Map.of("chapter-neuron", 7, "pdf-contents", 2));
        assertEquals(Map.of("chapter-neuron", 7, "pdf-contents", 2), cache.lastPages());
    }

    @Test
    void lastPages_fromADamagedFile_areNone() throws Exception {
        Files.createDirectories(root.resolve("pdf-cache"));
        Files.write(root.resolve("pdf-cache/pages.tsv"), List.of("chapter-neuron\t7", "half"));
        assertEquals(Map.of(), new PdfCache(root.resolve("book")).lastPages());
    }
}
