package nn.book;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

/// Typesets the book's math at build time: every inline `\(...\)` and display `\[...\]`
/// formula in the rendered pages becomes KaTeX's HTML, with MathML for screen readers, so that
/// no page ships a math engine. All formulas go to one `node` process in one batch, identical
/// ones once. Pages with math get a link to `katex/katex.min.css` (shipped with its `.woff2`
/// fonts only); pages without math load nothing for it.
///
/// Usage: `RenderMath <book folder> <render.js> <KaTeX folder>` (the npm package: `LICENSE`,
/// `dist/katex.min.js`, ...). A formula KaTeX rejects fails the build with its page, the formula
/// and KaTeX's message.
public final class RenderMath {
    /// Tags, code, scripts and TeX typeset before (KaTeX's `annotation`) are skipped whole
    /// (group 1), so their backslashes and attributes stay as they are; then a formula (group 3
    /// inline, 4 display), or an opening delimiter that is never closed (no group).
    private static final Pattern MATH = Pattern.compile("(?s)(<(script|style|pre|code|textarea"
            + "|annotation)\\b.*?</\\2>|<[^>]*>)|\\\\\\((.*?)\\\\\\)|\\\\\\[(.*?)\\\\\\]|\\\\[(\\[]");
    private static final Pattern OPENING = Pattern.compile("(?<!\\\\)\\\\[(\\[]");
    private static final Pattern FIRST_STYLESHEET = Pattern.compile("<link rel=\"stylesheet\"");
    static final String STYLESHEET = "katex/katex.min.css";

    record Formula(String tex, boolean display) {}

    public static void main(String[] args) throws Exception {
        try {
            run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        } catch (IllegalStateException e) {
            fail(List.of(e.getMessage()));
        }
    }

    private static void run(Path book, Path script, Path katex) throws Exception {
        long start = System.nanoTime();
        Map<Path, String> pages = pages(book);
        Map<Formula, List<String>> found = find(book, pages);
        List<Formula> distinct = List.copyOf(found.keySet());
        Map<Formula, String> html = typeset(script, katex, distinct, found);
        int withMath = 0;
        for (var page : pages.entrySet()) {
            String typeset = replaceFormulas(page.getValue(), html::get);
            if (typeset.equals(page.getValue())) continue;
            withMath++;
            Path css = page.getKey().getParent().relativize(book.resolve(STYLESHEET));
            Files.writeString(page.getKey(), linkStylesheet(typeset, css.toString()));
        }
        ship(katex, book.resolve("katex"));
        int count = found.values().stream().mapToInt(List::size).sum();
        System.out.printf("[math] %d formulas (%d distinct) typeset on %d pages in %d ms%n",
                count, distinct.size(), withMath, (System.nanoTime() - start) / 1_000_000);
    }

    /// Every formula with the pages it is on, once per occurrence.
    private static Map<Formula, List<String>> find(Path book, Map<Path, String> pages) {
        Map<Formula, List<String>> found = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (var page : pages.entrySet()) {
            String name = book.relativize(page.getKey()).toString();
            try {
                for (Formula f : formulas(page.getValue())) {
                    found.computeIfAbsent(f, k -> new ArrayList<>()).add(name);
                }
            } catch (IllegalArgumentException e) {
                problems.add(name + ": " + e.getMessage());
            }
        }
        fail(problems);
        return found;
    }

    /// KaTeX's HTML for each formula, or the build fails with every formula it rejects.
    private static Map<Formula, String> typeset(Path script, Path katex, List<Formula> distinct,
            Map<Formula, List<String>> found) throws Exception {
        if (distinct.isEmpty()) return Map.of(); // typeset already: no need for node
        var results = Katex.render(script, katex.resolve("dist/katex.min.js"), distinct);
        Map<Formula, String> html = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            Formula f = distinct.get(i);
            Katex.Result r = results.get(i);
            if (r.error() != null) problems.add(rejected(f, found.get(f), r.error()));
            else html.put(f, r.html());
        }
        fail(problems);
        return html;
    }

    /// The formulas of a page in order; code, scripts and attributes are not searched.
    static List<Formula> formulas(String html) {
        List<Formula> formulas = new ArrayList<>();
        replaceFormulas(html, f -> {
            formulas.add(f);
            return "";
        });
        return formulas;
    }

    /// The page with each formula replaced by `typeset.apply(formula)`.
    static String replaceFormulas(String html, Function<Formula, String> typeset) {
        Matcher m = MATH.matcher(html);
        var out = new StringBuilder(html.length());
        int last = 0;
        while (m.find()) {
            if (m.group(1) != null) continue;
            out.append(html, last, m.start()).append(typeset.apply(formula(html, m)));
            last = m.end();
        }
        return out.append(html, last, html.length()).toString();
    }

    private static Formula formula(String html, Matcher m) {
        boolean display = m.group(4) != null;
        String escaped = display ? m.group(4) : m.group(3);
        if (escaped == null || escaped.contains("<") || OPENING.matcher(escaped).find()) {
            String near = html.substring(m.start(), Math.min(html.length(), m.start() + 60));
            throw new IllegalArgumentException(
                    "a formula is not closed: " + near.replaceAll("\\s+", " ").strip());
        }
        return new Formula(unescape(escaped.strip()), display);
    }

    /// The TeX as written: Asciidoctor escapes `<`, `>` and `&` in `latexmath:[...]`.
    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /// The page with the KaTeX stylesheet linked before its other stylesheets (which may then
    /// override it), once.
    static String linkStylesheet(String html, String href) {
        String link = "<link rel=\"stylesheet\" href=\"" + href + "\">";
        if (html.contains(link)) return html;
        Matcher first = FIRST_STYLESHEET.matcher(html);
        int at = first.find() ? first.start() : html.indexOf("</head>");
        if (at < 0) throw new IllegalArgumentException("a page without <head>");
        return html.substring(0, at) + link + "\n" + html.substring(at);
    }

    /// Copies the stylesheet (its fonts as `.woff2` only: every browser the book supports reads
    /// them) and the fonts into the book.
    static void ship(Path katex, Path target) throws IOException {
        Path dist = katex.resolve("dist");
        Path fonts = Files.createDirectories(target.resolve("fonts"));
        String css = Files.readString(dist.resolve("katex.min.css")).replaceAll(
                ",url\\(fonts/[^)]+\\.(?:woff|ttf)\\) format\\(\"(?:woff|truetype)\"\\)", "");
        Files.writeString(target.resolve("katex.min.css"), css);
        try (Stream<Path> files = Files.list(dist.resolve("fonts"))) {
            for (Path font : files.filter(f -> f.toString().endsWith(".woff2")).toList()) {
                Files.copy(font, fonts.resolve(font.getFileName()), REPLACE_EXISTING);
            }
        }
        Files.copy(katex.resolve("LICENSE"), target.resolve("LICENSE"), REPLACE_EXISTING);
    }

    private static Map<Path, String> pages(Path book) throws IOException {
        Map<Path, String> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(book)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages.put(p, Files.readString(p));
            }
        }
        return pages;
    }

    private static String rejected(Formula f, List<String> pages, String message) {
        String tex = f.display() ? "\\[" + f.tex() + "\\]" : "\\(" + f.tex() + "\\)";
        return "%s: KaTeX cannot render %s: %s".formatted(String.join(", ", pages.stream()
                .distinct().toList()), tex, message);
    }

    private static void fail(List<String> problems) {
        if (problems.isEmpty()) return;
        problems.forEach(p -> System.err.println("[math] " + p));
        System.err.printf("[math] FAILED: %d problem(s)%n", problems.size());
        System.exit(1);
    }
}
