package nn.book;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The parts of the PDF edition that need no browser: skipping, reading where the named
/// destinations landed, writing the bookmarks, the DevTools JSON.
class PdfEditionPartsTest {
    @TempDir
    Path book;

    @Test
    void withoutChromium_saysSoAndRemovesAnOldPdf() throws Exception {
        Files.writeString(book.resolve("book.pdf"), "from an earlier build");
        String said = PdfEdition.run(book, null, false);
        assertTrue(said.startsWith("[pdf] skipped: no Chromium"), said);
        assertFalse(Files.exists(book.resolve("book.pdf")));
    }

    @Test
    void toldToSkip_makesNoPdf() throws Exception {
        Files.writeString(book.resolve("book.pdf"), "from an earlier build");
        assertEquals("[pdf] skipped (-Dpdf=skip): no book.pdf",
                PdfEdition.run(book, Path.of("/usr/bin/chromium"), true));
        assertFalse(Files.exists(book.resolve("book.pdf")));
    }

    @Test
    void pagesOf_givesThePageOfEachNamedDestination() throws Exception {
        try (PDDocument pdf = pdfWith(3, Map.of("chapter-a", 0, "section-b", 2))) {
            assertEquals(Map.of("chapter-a", 1, "section-b", 3),
                    PdfEdition.pagesOf(pdf, List.of("chapter-a", "section-b")));
        }
    }

    @Test
    void pagesOf_namesTheTargetsWithoutADestination() throws Exception {
        try (PDDocument pdf = pdfWith(2, Map.of("chapter-a", 0))) {
            var e = assertThrows(IllegalStateException.class,
                    () -> PdfEdition.pagesOf(pdf, List.of("chapter-a", "gone")));
            assertTrue(e.getMessage().contains("[gone]"), e.getMessage());
        }
    }

    @Test
    void addBookmarks_putsEachSectionUnderItsChapter() throws Exception {
        try (PDDocument pdf = pdfWith(4, Map.of("one", 0, "one-a", 1, "two", 3))) {
            PdfEdition.addBookmarks(pdf, List.of(new PdfEdition.Bookmark(1, "one", "1 One"),
                    new PdfEdition.Bookmark(2, "one-a", "A section"),
                    new PdfEdition.Bookmark(1, "two", "2 Two")));
            List<String> seen = new ArrayList<>();
            for (PDOutlineItem chapter : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                seen.add(chapter.getTitle() + "@" + page(pdf, chapter));
                for (PDOutlineItem section : chapter.children()) {
                    seen.add("  " + section.getTitle() + "@" + page(pdf, section));
                }
            }
            assertEquals(List.of("1 One@1", "  A section@2", "2 Two@4"), seen);
        }
    }

    @Test
    void json_readsBackAnEscapedString() {
        String reply = "{\"id\":3,\"result\":{\"result\":{\"type\":\"string\","
                + "\"value\":\"page\\tch-1\\nsays \\\"hi\\\" \\u00e9 \\\\ end\"}}}";
        assertEquals("page\tch-1\nsays \"hi\" é \\ end", Json.stringField(reply, "value"));
        assertEquals("\"a\\\"b\\\\c\\n\"", Json.quote("a\"b\\c\n"));
    }

    private static int page(PDDocument pdf, PDOutlineItem item) throws Exception {
        return pdf.getPages().indexOf(item.findDestinationPage(pdf)) + 1;
    }

    /// A PDF of blank pages whose catalog has named destinations (name -> page index), as
    /// Chromium writes them.
    private static PDDocument pdfWith(int pages, Map<String, Integer> destinations) {
        var pdf = new PDDocument();
        for (int i = 0; i < pages; i++) pdf.addPage(new PDPage());
        var dests = new COSDictionary();
        destinations.forEach((name, index) -> {
            var array = new COSArray();
            array.add(pdf.getPage(index));
            array.add(COSName.getPDFName("XYZ"));
            array.add(new COSFloat(0));
            array.add(new COSFloat(700));
            array.add(new COSFloat(0));
            dests.setItem(name, array);
        });
        pdf.getDocumentCatalog().getCOSObject().setItem(COSName.DESTS, dests);
        return pdf;
    }
}
