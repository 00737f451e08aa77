package nn.book;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.TimeZone;

/// Saves a PDF without what makes two prints of the same book differ: Chromium stamps it with
/// the time it printed (`CreationDate`, `ModDate`) and a random file identifier (`ID`). The
/// dates become `SOURCE_DATE_EPOCH` when it is set (the reproducible-builds convention), else
/// they are left out; the identifier becomes a digest of the file itself, so the same pages
/// make the same bytes. The structure tree's element names come from Chromium's DOM node
/// numbers, which vary too: `StructureIds` renames them.
final class ReproduciblePdf {
    /// Written as the identifier first, then replaced by the digest of the file around it.
    private static final byte[] PLACEHOLDER =
            "nn-book-pdf-id:?".getBytes(StandardCharsets.US_ASCII);

    private ReproduciblePdf() {}

    static byte[] save(PDDocument document) throws IOException {
        StructureIds.renumber(document);
        var info = document.getDocumentInformation();
        info.setCreationDate(sourceDate());
        info.setModificationDate(sourceDate());
        var placeholder = new COSString(PLACEHOLDER);
        placeholder.setForceHexForm(true); // written <6E6E2D...>, as the digest will be
        var ids = new COSArray();
        ids.add(placeholder);
        ids.add(placeholder);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
        document.getDocument().setDocumentID(ids);
        var out = new ByteArrayOutputStream();
        document.save(out);
        return withId(out.toByteArray());
    }

    /// The PDF with its placeholder identifier (both copies) replaced by the first 16 bytes of
    /// the SHA-256 of the PDF as written.
    static byte[] withId(byte[] pdf) {
        byte[] hex = HexFormat.of().withUpperCase().formatHex(PLACEHOLDER)
                .getBytes(StandardCharsets.US_ASCII);
        byte[] id = HexFormat.of().withUpperCase()
                .formatHex(Arrays.copyOf(HexFormat.of().parseHex(Sha256.of(pdf)), 16))
                .getBytes(StandardCharsets.US_ASCII);
        int replaced = 0;
        for (int at = indexOf(pdf, hex, 0); at >= 0; at = indexOf(pdf, hex, at + hex.length)) {
            System.arraycopy(id, 0, pdf, at, id.length);
            replaced++;
        }
        if (replaced != 2) {
            throw new IllegalStateException("the PDF should hold its identifier twice, found "
                    + replaced + " times");
        }
        return pdf;
    }

    private static int indexOf(byte[] data, byte[] part, int from) {
        outer:
        for (int i = from; i <= data.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) if (data[i + j] != part[j]) continue outer;
            return i;
        }
        return -1;
    }

    /// `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) as a date, or null when it is not set.
    static Calendar sourceDate() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch == null || !epoch.strip().matches("\\d+")) return null;
        var date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        date.setTimeInMillis(Instant.ofEpochSecond(Long.parseLong(epoch.strip())).toEpochMilli());
        return date;
    }
}
