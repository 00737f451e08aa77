package nn.book;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

/// Ships the book's own fonts, so that every reader sees the same text whatever their machine
/// has: Charis SIL for the text (Greek letters from its sister design Gentium Plus, which Charis
/// lacks), DejaVu Sans Mono for code. Each face is cut down to the characters a book about
/// neural networks uses (Latin, punctuation, sub- and superscripts, arrows, math operators,
/// Greek) and written as `.woff2` into `fonts/`, with the fonts' licences; `book.css`
/// declares them with `@font-face` (families "Book Serif" and "Book Mono"). A browser loads
/// only the faces a page uses.
///
/// The fonts come from Debian's packages (`fonts-sil-charis`, `fonts-sil-gentiumplus`,
/// `fonts-dejavu-core`, `fonts-dejavu-extra`), cut with fontTools (`python3-fonttools`,
/// `python3-brotli`); a face already cut from the same source is kept.
///
/// Usage: `WebFonts <book folder>`; fails, naming the packages to install, if any is missing.
public final class WebFonts {
    /// Text faces: everything but Greek (Gentium's Greek fills in, see `book.css`).
    static final String TEXT = "U+0020-007E,U+00A0-017F,U+0192,U+02B0-02E4,U+02C6-02DD,"
            + "U+0300-0308,U+1D2C-1D6A,U+1D9C-1DBF,U+2000-206F,U+2070-209F,U+20AC,U+2113,"
            + "U+2122,U+2190-2199,U+21A6,U+21D0-21D5,U+2200-22FF,U+2308-230B,U+2C7C,U+FB01-FB02";
    static final String GREEK = "U+0391-03A9,U+03B1-03C9,U+03D1,U+03D5,U+03F5";
    /// Code faces: the text's characters and Greek (code comments write `σ`, `η`, `∂L/∂z`).
    static final String CODE = TEXT + "," + GREEK;

    private static final String CHARIS = "/usr/share/fonts/truetype/charis/CharisSIL-";
    private static final String GENTIUM = "/usr/share/fonts/truetype/gentiumplus/GentiumPlus-";
    private static final String DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono";

    /// One face to ship: its source, the characters kept, the layout features dropped, and the
    /// name the cut font takes. The SIL Open Font License reserves the names "Charis" and
    /// "Gentium" for the fonts as SIL made them, and a subset is a modified version: it must
    /// be renamed (OFL FAQ 2.6). The Bitstream Vera licence of DejaVu reserves only "Bitstream"
    /// and "Vera", which "DejaVu" does not contain.
    record Face(String source, String unicodes, String file, String dropFeatures, String name) {}

    private static final String TEXT_NAME = "Book Serif", GREEK_NAME = "Book Serif Greek";
    /// Code shows what was typed: no ligatures.
    private static final String NO_LIGATURES = "liga,calt,dlig";

    static final List<Face> FACES = List.of(
            new Face(CHARIS + "Regular.ttf", TEXT, "serif-regular.woff2", "", TEXT_NAME),
            new Face(CHARIS + "Italic.ttf", TEXT, "serif-italic.woff2", "", TEXT_NAME),
            new Face(CHARIS + "Bold.ttf", TEXT, "serif-bold.woff2", "", TEXT_NAME),
            new Face(CHARIS + "BoldItalic.ttf", TEXT, "serif-bold-italic.woff2", "", TEXT_NAME),
            new Face(GENTIUM + "Regular.ttf", GREEK, "greek-regular.woff2", "", GREEK_NAME),
            new Face(GENTIUM + "Italic.ttf", GREEK, "greek-italic.woff2", "", GREEK_NAME),
            new Face(GENTIUM + "Bold.ttf", GREEK, "greek-bold.woff2", "", GREEK_NAME),
            new Face(GENTIUM + "BoldItalic.ttf", GREEK, "greek-bold-italic.woff2", "", GREEK_NAME),
            new Face(DEJAVU + ".ttf", CODE, "mono-regular.woff2", NO_LIGATURES, ""),
            new Face(DEJAVU + "-Oblique.ttf", CODE, "mono-oblique.woff2", NO_LIGATURES, ""),
            new Face(DEJAVU + "-Bold.ttf", CODE, "mono-bold.woff2", NO_LIGATURES, ""));

    /// Cuts one face: `python3 -c SUBSET source target unicodes dropped-features new-name`.
    private static final String SUBSET = """
            import sys
            from fontTools import subset
            source, target, unicodes, drop, name = sys.argv[1:6]
            options = subset.Options(flavor="woff2", hinting=False)
            dropped = drop.split(",")
            options.layout_features = [f for f in options.layout_features if f not in dropped]
            font = subset.load_font(source, options)
            cutter = subset.Subsetter(options)
            cutter.populate(unicodes=subset.parse_unicodes(unicodes))
            cutter.subset(font)
            if name:
                table = font["name"]
                style = table.getDebugName(2) or "Regular"
                for record in table.names:
                    if record.nameID in (1, 16):
                        record.string = name
                    elif record.nameID == 4:
                        record.string = name + " " + style
                    elif record.nameID == 3:
                        record.string = name + " " + style + " (cut for the book)"
                    elif record.nameID == 6:
                        record.string = (name + "-" + style).replace(" ", "")
            subset.save_font(font, target, options)
            """;

    /// The licences that go with the fonts (each font's `copyright` file from its package).
    private static final List<String[]> LICENCES = List.of(
            new String[] {"/usr/share/doc/fonts-sil-charis/copyright", "LICENSE-Charis-SIL.txt"},
            new String[] {"/usr/share/doc/fonts-sil-gentiumplus/copyright",
                    "LICENSE-Gentium-Plus.txt"},
            new String[] {"/usr/share/doc/fonts-dejavu-core/copyright", "LICENSE-DejaVu.txt"});

    private static final String PACKAGES = "fonts-sil-charis fonts-sil-gentiumplus "
            + "fonts-dejavu-core fonts-dejavu-extra python3-fonttools python3-brotli";

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]).resolve("fonts"));
        List<String> missing = new ArrayList<>();
        for (Face f : FACES) if (!Files.isRegularFile(Path.of(f.source()))) missing.add(f.source());
        for (String[] l : LICENCES) if (!Files.isRegularFile(Path.of(l[0]))) missing.add(l[0]);
        String python = python();
        if (python == null) missing.add("Python 3 with fontTools and brotli");
        if (!missing.isEmpty()) {
            System.err.println("[fonts] FAILED: the book's fonts need " + String.join(", ", missing)
                    + ".\n[fonts] Install them with: apt-get install " + PACKAGES);
            System.exit(1);
        }
        long start = System.nanoTime(), bytes = 0;
        int cut = 0;
        // what the faces were cut with, kept beside the book: a change cuts every face anew
        Path stamp = out.getParent().resolveSibling("fonts-cut-with.txt");
        String recipe = FACES + "\n" + SUBSET;
        boolean sameRecipe = Files.exists(stamp) && Files.readString(stamp).equals(recipe);
        List<Callable<Void>> cuts = new ArrayList<>();
        for (Face f : FACES) {
            Path target = out.resolve(f.file());
            if (!sameRecipe || !isUpToDate(target, Path.of(f.source()))) {
                cuts.add(() -> subset(python, f, target));
                cut++;
            }
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) { // one face per core
            for (Future<Void> done : pool.invokeAll(cuts)) done.get();
        }
        for (Face f : FACES) bytes += Files.size(out.resolve(f.file()));
        Files.writeString(stamp, recipe);
        for (String[] l : LICENCES) Files.copy(Path.of(l[0]), out.resolve(l[1]), REPLACE_EXISTING);
        System.out.printf("[fonts] %d faces (%d cut now), %d KB in all, in %d ms%n", FACES.size(),
                cut, bytes / 1024, (System.nanoTime() - start) / 1_000_000);
    }

    private static boolean isUpToDate(Path target, Path source) throws IOException {
        return Files.exists(target) && Files.size(target) > 0 && Files.getLastModifiedTime(target)
                .compareTo(Files.getLastModifiedTime(source)) >= 0;
    }

    private static Void subset(String python, Face f, Path target) throws Exception {
        Process p = new ProcessBuilder(python, "-c", SUBSET, f.source(), target.toString(),
                f.unicodes(), f.dropFeatures(), f.name()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0 || !Files.exists(target)) {
            Files.deleteIfExists(target);
            throw new IllegalStateException("[fonts] cutting " + f.source() + " failed:\n" + log);
        }
        return null;
    }

    /// A Python 3 that has fontTools and brotli (Debian's own before any other on the path).
    private static String python() throws InterruptedException {
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import fontTools.subset, brotli")
                        .redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor() == 0) return candidate;
            } catch (IOException notThere) {
                // try the next one
            }
        }
        return null;
    }
}
