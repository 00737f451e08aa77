package nn.book.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.imageio.ImageIO;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/// The PDF edition, `book.pdf`, which the book build prints from `book.html` with headless
/// Chromium: read back with pdfbox and compared with the single-page edition. Skipped, with a
/// message, where there is no Chromium (then the build made no PDF either).
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfEditionTest {
    /// Measured: 296 pages of 16 chapters (A4, 11 pt text, 8 pt code). A change of more than 30 %
    /// either way means something is lost or the print layout broke.
    private static final int MEASURED_PAGES = 296;
    /// The print stylesheet's sizes: text 10 pt × 1.1, code 10 pt × 0.8.
    private static final float TEXT_PT = 11, CODE_PT = 8;
    private static final float MM = 72 / 25.4f;
    /// The print stylesheet's page margins: left and right, bottom (where the page number is).
    private static final float SIDE_MARGIN = 20 * MM, BOTTOM_MARGIN = 19 * MM;
    /// How far a glyph may stand out of its line box (an italic overhang, a capital after a
    /// space at the end of a line): 1 mm. A clipped listing or formula runs out by far more.
    private static final float OVERHANG = 1 * MM;
    private static final Pattern CHAPTER = Pattern.compile(
            "<h2 id=\"(chapter-[^\"]+)\">(.*?)</h2>", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile(
            "<h([2-5]) id=\"([^\"]+)\">(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern BLOCK_TITLE = Pattern.compile(
            "<div class=\"(?:listingblock|literalblock|exampleblock)[^\"]*\">\\s*"
                    + "<div class=\"title\">(.*?)</div>", Pattern.DOTALL);

    private final Path book =
            Path.of(System.getProperty("book.dir", "../target/book")).toAbsolutePath().normalize();
    private final Path screenshots =
            Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private PDDocument pdf;
    private String html;
    private final List<String> pages = new ArrayList<>(); // the text of each page, top to bottom

    @BeforeAll
    void load() throws IOException {
        Path file = book.resolve("book.pdf");
        if (!Files.exists(file)) {
            assumeTrue(Browser.find() != null,
                    "no Chromium found, so the build made no book.pdf (apt-get install chromium)");
        }
        assertTrue(Files.exists(file), "Chromium is installed but the build made no " + file);
        pdf = Loader.loadPDF(file.toFile());
        html = Files.readString(book.resolve("book.html"));
        var stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(stripper.getText(pdf));
        }
    }

    @AfterAll
    void close() throws IOException {
        if (pdf != null) pdf.close();
    }

    @Test
    void hasAPlausibleNumberOfA4Pages() throws IOException {
        int count = pdf.getNumberOfPages();
        assertTrue(count >= MEASURED_PAGES * 0.7 && count <= MEASURED_PAGES * 1.3,
                count + " pages; measured " + MEASURED_PAGES);
        PDPage first = pdf.getPage(0);
        assertEquals(210, first.getMediaBox().getWidth() / MM, 1, "A4 width in mm");
        assertEquals(297, first.getMediaBox().getHeight() / MM, 1, "A4 height in mm");
        long bytes = Files.size(book.resolve("book.pdf"));
        assertTrue(bytes < 40_000_000, "book.pdf is " + bytes + " bytes");
        var renderer = new PDFRenderer(pdf);
        Files.createDirectories(screenshots);
        for (int page : new int[] {1, 2, pageOfDestination("chapter-neuron")}) {
            ImageIO.write(renderer.renderImageWithDPI(page - 1, 60),
                    "png", screenshots.resolve("pdf-page-" + page + ".png").toFile());
        }
    }

    @Test
    void textAndCodeArePrintedAtTheirSizeNotShrunkToFitSomethingWide() throws IOException {
        // Chromium shrinks every page (up to 1/1.33) when one element is wider than the paper
        Map<String, Map<Float, Integer>> sizes = new HashMap<>(); // font kind -> size -> glyphs
        var stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    String font = p.getFont().getName() == null ? "" : p.getFont().getName();
                    String kind = font.contains("Mono") ? "code" : font.contains("Serif") ? "text" : "other";
                    float size = Math.round(p.getYScale() * 4) / 4f; // the size on the page, in pt
                    sizes.computeIfAbsent(kind, k -> new HashMap<>()).merge(size, 1, Integer::sum);
                }
            }
        };
        stripper.getText(pdf);
        assertEquals(TEXT_PT, mostCommon(sizes.get("text")), 0.3, "text size in pt: " + sizes.get("text"));
        assertEquals(CODE_PT, mostCommon(sizes.get("code")), 0.3, "code size in pt: " + sizes.get("code"));
    }

    private static float mostCommon(Map<Float, Integer> counts) {
        assertTrue(counts != null && !counts.isEmpty(), "no glyphs of this kind");
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @Test
    void everyChapterHasABookmarkThatOpensItsFirstPage() throws IOException {
        Map<String, Integer> bookmarks = new HashMap<>();
        collect(pdf.getDocumentCatalog().getDocumentOutline(), bookmarks);
        Matcher m = CHAPTER.matcher(html);
        int chapters = 0;
        while (m.find()) {
            chapters++;
            String title = normalize(plain(m.group(2)).replaceFirst("^Chapter \\d+\\.?\\s*", ""));
            var bookmark = bookmarks.entrySet().stream() // titled like the contents: "1 The Neuron"
                    .filter(b -> b.getKey().matches("\\d*" + Pattern.quote(title))).findFirst();
            assertTrue(bookmark.isPresent(), "no bookmark for the chapter " + title + " in " + bookmarks.keySet());
            assertEquals(pageOfDestination(m.group(1)), bookmark.get().getValue(), "bookmark of " + title);
        }
        assertTrue(chapters >= 10, "only " + chapters + " chapters found in book.html");
    }

    @Test
    void everyPageButTheTitlePageShowsItsNumberAtTheFoot() throws IOException {
        PDPage first = pdf.getPage(0);
        float width = first.getMediaBox().getWidth(), height = first.getMediaBox().getHeight();
        var foot = new PDFTextStripperByArea();
        foot.addRegion("foot", new Rectangle2D.Float(0, height - BOTTOM_MARGIN, width, BOTTOM_MARGIN));
        List<String> wrong = new ArrayList<>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            foot.extractRegions(pdf.getPage(page - 1));
            String text = foot.getTextForRegion("foot").strip();
            String expected = page == 1 ? "" : String.valueOf(page);
            if (!text.equals(expected)) wrong.add("page " + page + ": '" + text + "'");
        }
        assertTrue(wrong.isEmpty(), "page numbers at the foot of the page: " + wrong);
    }

    @Test
    void theContentsGiveThePageOfEveryChapterAndSection() {
        String contents = String.join("\n", pages.subList(1, firstChapterPage() - 1));
        assertTrue(contents.startsWith("Contents"), "no contents on page 2: " + abridged(contents));
        Matcher m = HEADING.matcher(html);
        int checked = 0, from = 0;
        List<String> wrong = new ArrayList<>();
        while (m.find()) {
            if (!m.group(1).equals("2") && !m.group(1).equals("3") || m.group(3).contains("katex")) {
                continue; // the contents list chapters and sections; math is not compared as text
            }
            String title = plain(m.group(3)).replaceFirst("^Chapter \\d+\\.?\\s*", "");
            // spaces as pdfbox reads them vary around the section number: compare without them
            Matcher entry = Pattern.compile("(?m)^(?:\\d+ *)?" + Pattern.quote(title)
                    .replace(" ", "\\E *\\Q") + " *(\\d+)$").matcher(contents);
            if (!entry.find(from)) { // (the entries are in the order of the headings)
                wrong.add("no contents entry with a page number for " + title);
                continue;
            }
            from = entry.end();
            int page = Integer.parseInt(entry.group(1));
            checked++;
            if (page != pageOfDestination(m.group(2))) {
                wrong.add(title + ": the contents say page " + page + ", it is on page "
                        + pageOfDestination(m.group(2)));
            } else if (!normalize(pages.get(page - 1)).contains(normalize(title))) {
                wrong.add(title + ": not in the text of page " + page);
            } else if (m.group(1).equals("2") && !normalize(top(page, 3)).contains(normalize(title))) {
                wrong.add("chapter " + title + " does not start at the top of page " + page);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(checked >= 100, "only " + checked + " contents entries checked");
    }

    private String top(int page, int lines) {
        return String.join(" ", pages.get(page - 1).strip().lines().limit(lines).toList());
    }

    @Test
    void everyExerciseHasItsHintsInPlaceAndItsSolutionAtTheEndOfTheChapter() {
        String all = String.join("\n", pages);
        Matcher exercises = Pattern.compile("<div class=\"title\">Exercise (\\d+\\.\\d+): (.*?)</div>")
                .matcher(html);
        int count = 0;
        while (exercises.find()) {
            count++;
            String number = exercises.group(1);
            Matcher reference = Pattern.compile("Solution " + Pattern.quote(number) + ": page (\\d+)\\.")
                    .matcher(all);
            assertTrue(reference.find(), "exercise " + number + " does not say where its solution is");
            int page = Integer.parseInt(reference.group(1));
            assertTrue(pages.get(page - 1).contains("Solution " + number + ": "),
                    "solution " + number + " is not on page " + page);
            assertTrue(page > exercisePage(number), "solution " + number + " before its exercise");
        }
        assertTrue(count >= 40, "only " + count + " exercises in book.html");
        long hintsInHtml = Pattern.compile("<summary class=\"title\">Hint").matcher(html).results().count();
        long hintsInPdf = Pattern.compile("(?m)^Hint( \\d+)?$").matcher(all).results().count();
        assertEquals(hintsInHtml, hintsInPdf, "hints printed");
        assertFalse(all.contains("try the exercise first"), "a solution is still folded in its exercise");
    }

    @Test
    void noTextRunsIntoTheSideMargins() throws IOException {
        List<String> outside = new ArrayList<>();
        var stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                float width = getCurrentPage().getMediaBox().getWidth();
                for (TextPosition p : positions) {
                    if (p.getUnicode().isBlank() || p.getUnicode().equals("\u200b")) continue;
                    float left = p.getXDirAdj(), right = left + p.getWidthDirAdj();
                    if (left < SIDE_MARGIN - OVERHANG || right > width - SIDE_MARGIN + OVERHANG) {
                        outside.add("page %d at %.0f–%.0f pt: %s".formatted(getCurrentPageNo(),
                                left, right, abridged(text)));
                        return;
                    }
                }
            }
        };
        stripper.getText(pdf);
        assertTrue(outside.isEmpty(), outside.size() + " lines run into the margin (text area "
                + SIDE_MARGIN + "–" + (pdf.getPage(0).getMediaBox().getWidth() - SIDE_MARGIN)
                + " pt), first: " + outside.subList(0, Math.min(10, outside.size())));
    }

    @Test
    void everyLineOfCodeAndOutputIsPrintedWhole() {
        // a line cut off at the edge of its box is not in the PDF at all (Chromium drops what
        // is clipped); a wrapped one is, on two lines, which the comparison without blanks joins
        var all = new StringBuilder();
        for (String page : pages) all.append(normalize(page.strip().replaceFirst("\\n\\d+$", "")));
        String printed = Normalizer.normalize(all, Normalizer.Form.NFKC);
        Matcher pre = Pattern.compile("<pre\\b[^>]*>(.*?)</pre>", Pattern.DOTALL).matcher(html);
        int lines = 0;
        List<String> missing = new ArrayList<>();
        while (pre.find()) {
            for (String line : plainLines(pre.group(1))) {
                lines++;
                String text = Normalizer.normalize(normalize(line), Normalizer.Form.NFKC);
                if (!printed.contains(text)) missing.add(abridged(line.strip()));
            }
        }
        assertTrue(lines > 2000, "only " + lines + " lines of code and output in book.html");
        assertTrue(missing.isEmpty(), missing.size() + " of " + lines + " lines are not printed "
                + "whole, first: " + missing.subList(0, Math.min(8, missing.size())));
    }

    @Test
    void noHeadingOrBlockTitleIsLeftAtTheFootOfAPage() {
        Set<String> titles = new HashSet<>();
        Matcher h = HEADING.matcher(html);
        while (h.find()) titles.add(normalize(plain(h.group(3))));
        Matcher b = BLOCK_TITLE.matcher(html);
        while (b.find()) titles.add(normalize(plain(b.group(1))));
        List<String> stranded = new ArrayList<>();
        for (int page = 2; page < pdf.getNumberOfPages(); page++) {
            List<String> lines = pages.get(page - 1).strip().lines().toList();
            if (lines.size() < 2) continue;
            String last = lines.get(lines.size() - 2); // the last line is the page number
            if (titles.contains(normalize(last)) || last.matches("Solution \\d+\\.\\d+: .*\\(exercise on page \\d+\\)")) {
                stranded.add("page " + page + ": " + last);
            }
        }
        assertTrue(stranded.isEmpty(), "titles at the foot of a page: " + stranded);
    }

    private int firstChapterPage() {
        return chapterStarts().getFirst();
    }

    private List<Integer> chapterStarts() {
        List<Integer> starts = new ArrayList<>();
        Matcher m = CHAPTER.matcher(html);
        while (m.find()) starts.add(pageOfDestination(m.group(1)));
        return starts;
    }

    private int exercisePage(String number) {
        for (int page = 1; page <= pages.size(); page++) {
            if (pages.get(page - 1).contains("Exercise " + number + ":")) return page;
        }
        throw new AssertionError("exercise " + number + " is not in the PDF");
    }

    /// The page (1 = the first) of the named destination Chromium wrote for a link target.
    private int pageOfDestination(String id) {
        try {
            var dests = pdf.getDocumentCatalog().getDests();
            var destination = dests == null ? null : dests.getDestination(id);
            assertTrue(destination instanceof PDPageDestination, "no destination " + id + " in book.pdf");
            return ((PDPageDestination) destination).retrievePageNumber() + 1;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void collect(PDOutlineNode node, Map<String, Integer> bookmarks) throws IOException {
        assertTrue(node != null, "book.pdf has no bookmarks");
        for (PDOutlineItem item : node.children()) {
            PDPage page = item.findDestinationPage(pdf);
            if (page != null) bookmarks.putIfAbsent(normalize(item.getTitle()), pdf.getPages().indexOf(page) + 1);
            collect(item, bookmarks);
        }
    }

    /// HTML as the text a reader sees: no tags, no KaTeX MathML, entities decoded.
    private static String plain(String fragment) {
        String text = fragment.replaceAll("(?s)<span class=\"katex-mathml\">.*?</math></span>", "")
                .replaceAll("<[^>]+>", "");
        Matcher entity = Pattern.compile("&#(\\d+);").matcher(text);
        text = entity.replaceAll(r -> Matcher.quoteReplacement(
                Character.toString(Integer.parseInt(r.group(1)))));
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }

    private static List<String> plainLines(String pre) {
        return List.of(pre.split("\n")).stream().map(line -> plain(line.replaceAll("<[^>]+>", "")))
                .filter(line -> !line.isBlank()).toList();
    }

    private static String normalize(String s) {
        return s.replaceAll("[\\s\\u200b]+", "");
    }

    private static String abridged(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
