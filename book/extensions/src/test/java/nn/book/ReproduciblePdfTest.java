package nn.book;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Calendar;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReproduciblePdfTest {
    /// A one-page PDF stamped as Chromium stamps it: the time of printing, a random identifier.
    private static byte[] print(long millis) throws IOException {
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            var now = Calendar.getInstance();
            now.setTimeInMillis(millis);
            document.getDocumentInformation().setCreationDate(now);
            document.getDocumentInformation().setModificationDate(now);
            document.getDocumentInformation().setTitle("A book");
            return ReproduciblePdf.save(document);
        }
    }

    @Test
    void twoPrintsOfTheSamePagesAreTheSameBytes() throws IOException {
        assertArrayEquals(print(1_000_000_000_000L), print(1_700_000_000_000L));
    }

    @Test
    void theDatesAreGoneAndTheIdentifierIsTheFilesDigest() throws IOException {
        byte[] pdf = print(1_000_000_000_000L);
        try (var document = Loader.loadPDF(pdf)) {
            var info = document.getDocumentInformation();
            assertNull(info.getCreationDate()); // no SOURCE_DATE_EPOCH in the tests' environment
            assertNull(info.getModificationDate());
            assertEquals("A book", info.getTitle());
            var id = document.getDocument().getDocumentID();
            assertEquals(2, id.size());
            String hex = HexFormat.of().formatHex(((org.apache.pdfbox.cos.COSString)
                    id.get(0)).getBytes());
            assertEquals(32, hex.length());
            assertEquals(false, hex.equals(HexFormat.of().formatHex(
                    "nn-book-pdf-id:?".getBytes())), "the placeholder was replaced");
        }
    }
}
