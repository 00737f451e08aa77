package nn.book;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.TimeZone;

/// What makes two prints of the same book differ, taken out: Chromium stamps the PDF with the
/// time it printed (`CreationDate`, `ModDate`) and a random file identifier (`ID`). The dates
/// become `SOURCE_DATE_EPOCH` when it is set (the reproducible-builds convention), else they
/// are left out; the identifier becomes the digest of what the PDF was printed from.
final class ReproduciblePdf {
    private ReproduciblePdf() {}

    static void normalise(PDDocument document, String inputsDigest) {
        var info = document.getDocumentInformation();
        Calendar date = sourceDate();
        info.setCreationDate(date);
        info.setModificationDate(date);
        byte[] id = Arrays.copyOf(HexFormat.of().parseHex(inputsDigest), 16);
        var ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
        document.getDocument().setDocumentID(ids);
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
