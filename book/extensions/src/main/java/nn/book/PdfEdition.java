package nn.book;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/// The PDF edition, `book.pdf`: headless Chromium prints the single-page edition `book.html`
/// with the print stylesheet (A4, page numbers in the page margin, PDF bookmarks from the
/// headings). Chromium cannot write a page number into the text (no `target-counter()`), so
/// the contents list and the "solution on page N" references are filled in from a print that
/// tells on which page each target landed (Chromium writes a named destination for every link
/// target), and the print with the numbers in is checked to have put every target on the page
/// it names. The first guess is the page numbers of the last build (`PdfCache`): when nothing
/// moved, one print suffices. Without a guess, a quicker untagged print measures first; only
/// a print with the numbers believed final is tagged. The bookmarks are the contents list's
/// (Chromium's own outline repeats the title of a heading that was moved to the next page).
///
/// A build whose HTML book is byte for byte the last one's reuses its PDF (`PdfCache`); the PDF
/// carries no print time or random identifier (`ReproduciblePdf`), so the same book prints to
/// the same file.
///
/// Usage: `PdfEdition <book folder> [print|skip]`. Without Chromium it says so in one line and
/// makes no PDF (the HTML book does not need it); any other problem fails the build.
public final class PdfEdition {
    /// A4 with the margins of the print stylesheet; backgrounds (code, output boxes). The
    /// measuring print is untagged (10 s instead of 17 s for the book, the same layout); the
    /// final one is tagged (headings, paragraphs, lists and tables marked up for a screen reader).
    private static final String MEASURE = "\"printBackground\":true,\"preferCSSPageSize\":true";
    private static final String FINAL = MEASURE + ",\"generateTaggedPDF\":true";
    private static final int MAX_PRINTS = 4;
    /// The printed text's width in CSS pixels: A4 less the print stylesheet's 20 mm margins.
    private static final int TEXT_WIDTH = (int) Math.round((210 - 2 * 20) / 25.4 * 96);

    static final String USAGE = "usage: PdfEdition <book folder> [print|skip]"
            + " (in the book build: -Dpdf=skip)";

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2 || !Files.isDirectory(Path.of(args[0]))
                || (args.length == 2 && !List.of("print", "skip").contains(args[1]))) {
            System.err.println(USAGE + (args.length == 2 ? ", got '" + args[1] + "'" : ""));
            System.exit(2);
        }
        Path book = Path.of(args[0]).toAbsolutePath().normalize();
        boolean skip = args.length > 1 && args[1].equals("skip");
        try {
            System.out.println(run(book, skip ? null : Chromium.find(), skip));
        } catch (Exception e) {
            System.err.println("[pdf] FAILED: " + (e.getMessage() != null ? e.getMessage() : e));
            if (e.getMessage() == null) e.printStackTrace();
            System.exit(1);
        }
    }

    /// Prints `book.pdf` into the book folder and says how it went, in one line. Without a
    /// Chromium, or when told to skip, it removes an old `book.pdf` (it would not match the
    /// HTML book any more) and says why there is none.
    static String run(Path book, Path chromium, boolean skip) throws Exception {
        Path pdf = book.resolve("book.pdf");
        if (skip || chromium == null) {
            Files.deleteIfExists(pdf);
            return skip ? "[pdf] skipped (-Dpdf=skip): no book.pdf"
                    : "[pdf] skipped: no Chromium (apt-get install chromium), so no book.pdf; "
                            + "the HTML book is complete";
        }
        long start = System.nanoTime();
        String key = PdfCache.key(book, chromium);
        var cache = new PdfCache(book);
        byte[] cached = cache.lookup(key);
        if (cached != null) {
            write(pdf, cached);
            return "[pdf] book.pdf: %.1f MB, as in the last build (the HTML book is the same)"
                    .formatted(cached.length / 1e6);
        }
        Result result = make(chromium, book.resolve("book.html"), cache.lastPages());
        write(pdf, result.pdf());
        cache.store(key, result.pdf(), result.pageNumbers());
        return "[pdf] book.pdf: %d pages, %.1f MB, %d page references, %d print(s), in %.1f s"
                .formatted(result.pages(), result.pdf().length / 1e6, result.references(),
                        result.prints(), (System.nanoTime() - start) / 1e9);
    }

    private static void write(Path pdf, byte[] bytes) throws IOException {
        Path partial = pdf.resolveSibling("book.pdf.part");
        Files.write(partial, bytes);
        Files.move(partial, pdf, StandardCopyOption.REPLACE_EXISTING);
    }

    /// @param pageNumbers the page of every target, as filled in
    record Result(byte[] pdf, int pages, int references, int prints,
                  Map<String, Integer> pageNumbers) {}

    /// A bookmark: `level` 1 for a chapter, 2 for a section; `id` the heading's.
    record Bookmark(int level, String id, String title) {}

    /// Prints `html`, starting from the page numbers `guess` (those of the last build, or
    /// empty): a guess for exactly this book's targets is filled in and printed tagged at once;
    /// without one, an untagged print measures first. The final print is always of a page just
    /// loaded, prepared and filled in (never after another print, which moves some glyphs by a
    /// fraction of a point), so that the same book gives the same PDF whichever way it went.
    static Result make(Path chromium, Path html, Map<String, Integer> guess) throws Exception {
        if (!Files.exists(html)) throw new IOException("no single-page edition " + html);
        try (var browser = new Chromium(chromium)) {
            List<String> targets = new ArrayList<>();
            List<Bookmark> bookmarks = new ArrayList<>();
            prepare(browser, html, targets, bookmarks);
            boolean fresh = true;
            int prints = 0;
            Map<String, Integer> pages = guess;
            if (!guess.keySet().equals(new HashSet<>(targets))) {
                try (PDDocument measured = Loader.loadPDF(browser.printToPdf(MEASURE))) {
                    pages = pagesOf(measured, targets);
                }
                prints++;
                fresh = false;
            }
            while (prints < MAX_PRINTS) {
                if (!fresh) prepare(browser, html, new ArrayList<>(), new ArrayList<>());
                fresh = false;
                browser.evaluate("pdfEdition.fill(" + json(pages) + ")");
                byte[] pdf = browser.printToPdf(FINAL);
                prints++;
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    Map<String, Integer> landed = pagesOf(document, targets);
                    if (landed.equals(pages)) {
                        addBookmarks(document, bookmarks);
                        return new Result(ReproduciblePdf.save(document),
                                document.getNumberOfPages(), targets.size(), prints, pages);
                    }
                    pages = landed;
                }
            }
            throw new IllegalStateException("the page numbers did not settle after "
                    + MAX_PRINTS + " prints: filling them in moves the text each time");
        }
    }

    /// Loads the page laid out for print and adds the PDF edition's parts; collects the ids
    /// whose page numbers it shows and the bookmarks.
    private static void prepare(Chromium browser, Path html, List<String> targets,
                                List<Bookmark> bookmarks) throws Exception {
        browser.open(html.toUri());
        browser.emulatePrint(TEXT_WIDTH);
        browser.evaluate(script());
        for (String line : browser.evaluate("pdfEdition.prepare()").split("\n")) {
            String[] f = line.split("\t");
            if (f[0].equals("page")) targets.add(f[1]);
            else bookmarks.add(new Bookmark(Integer.parseInt(f[1]), f[2], f[3]));
        }
    }

    /// The PDF's outline: chapters, and their sections under them, each opening at its heading.
    static void addBookmarks(PDDocument document, List<Bookmark> bookmarks) throws IOException {
        var outline = new PDDocumentOutline();
        PDOutlineItem chapter = null;
        for (Bookmark b : bookmarks) {
            var item = new PDOutlineItem();
            item.setTitle(b.title());
            item.setDestination(destination(document.getDocumentCatalog(), b.id()));
            if (b.level() == 1 || chapter == null) {
                outline.addLast(item);
                chapter = item;
            } else {
                chapter.addLast(item);
            }
        }
        outline.openNode();
        document.getDocumentCatalog().setDocumentOutline(outline);
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    /// The page (1 = the first) on which each target's named destination lies.
    static Map<String, Integer> pagesOf(PDDocument document, List<String> targets)
            throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        Map<String, Integer> pages = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String target : targets) {
            PDPageDestination page = destination(catalog, target);
            if (page != null && page.retrievePageNumber() >= 0) {
                pages.put(target, page.retrievePageNumber() + 1);
            } else {
                missing.add(target);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the PDF has no destination for " + missing.size()
                    + " link target(s), so their page numbers are unknown: " + missing);
        }
        return pages;
    }

    /// The named destination Chromium wrote for a link target, or null.
    private static PDPageDestination destination(PDDocumentCatalog catalog, String id)
            throws IOException {
        PDDestination destination = null;
        if (catalog.getDests() != null) destination = catalog.getDests().getDestination(id);
        if (destination == null && catalog.getNames() != null
                && catalog.getNames().getDests() != null) {
            destination = catalog.getNames().getDests().getValue(id);
        }
        return destination instanceof PDPageDestination page ? page : null;
    }

    private static String json(Map<String, Integer> pages) {
        return pages.entrySet().stream()
                .map(e -> Json.quote(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String script() throws IOException {
        try (InputStream in = PdfEdition.class.getResourceAsStream("pdf-edition.js")) {
            if (in == null) throw new IOException("pdf-edition.js is missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n'ready'";
        }
    }
}
