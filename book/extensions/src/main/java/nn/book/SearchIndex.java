package nn.book;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/// Builds the book's offline search index from the rendered pages, written as
/// `js/search-index.js` so that it loads from `file://` pages without a server:
///
/// - one entry per chapter section (page, anchor, title, plain text): the prose, with each
///   formula as readable text (`MathText`), without listings and program output (those are
///   code, found on the source pages, and make poor snippets) and without solutions;
/// - one entry per source page (`code-*.html`, `kind: "code"`): its declarations and comments,
///   each with its line number, so that a hit links to the line (`#L42`, see `SourceLines`).
///
/// Usage: `SearchIndex <book folder>`.
public final class SearchIndex {
    private static final Pattern HEADING =
            Pattern.compile("<h([23]) id=\"([^\"]+)\"[^>]*>(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern CONTENT = Pattern.compile(
            "<(main|div) id=\"content\"[^>]*>(.*)(</main>|<div id=\"footer\">)", Pattern.DOTALL);
    /// Blocks left out of a section's text: code, commands, program output, live figures.
    private static final Pattern LEFT_OUT = Pattern.compile(
            "<div class=\"(?:listingblock|literalblock|live)\\b[^\"]*\"");
    private static final Pattern MATHML = Pattern.compile("(?s)<math\\b.*?</math>");
    private static final Pattern CODE = Pattern.compile(
            "(?s)<td class=\"code\"><pre>(.*?)</pre></td>");
    private static final Pattern SHOWN_PATH = Pattern.compile("<code>(engine/src/[^<]+)</code>");
    /// A line worth finding in a source file: a comment, or a declaration.
    private static final Pattern COMMENT = Pattern.compile("^\\s*(?:///?|/\\*\\*?|\\*)\\s?(.*)$");
    private static final Pattern DECLARATION = Pattern.compile("^\\s*(?:@\\w+\\s+)*(?:(?:"
            + "public|protected|private|static|final|abstract|sealed|non-sealed|default)\\s+)*"
            + "(?:(?:class|interface|record|enum)\\s+\\w+|[\\w.<>\\[\\], ?]+\\s+\\w+\\s*\\()");
    private static final Pattern NOT_A_DECLARATION =
            Pattern.compile("^\\s*(?:return|new|throw|else|if|for|while|switch|case|var)\\b");

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");
    private static final String KATEX = "<span class=\"katex\">";

    record Entry(String page, String id, String title, String text, List<Line> lines) {
        Entry(String page, String id, String title, String text) {
            this(page, id, title, text, null);
        }
    }

    /// One line of a source file: its number and its text.
    record Line(int number, String text) {}

    public static void main(String[] args) throws IOException {
        Path book = Path.of(args[0]);
        List<Entry> entries = new ArrayList<>(), code = new ArrayList<>();
        try (Stream<Path> pages = Files.list(book)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String name = page.getFileName().toString();
                boolean chapter = !name.equals("book.html") && !name.equals("index.html")
                        && !name.startsWith("code-");
                if (chapter) entries.addAll(sections(name, Files.readString(page)));
                if (name.startsWith("code-")) code.add(source(name, Files.readString(page)));
            }
        }
        entries.addAll(code);
        Path js = Files.createDirectories(book.resolve("js")).resolve("search-index.js");
        Files.writeString(js, "window.BOOK_SEARCH_INDEX = " + json(entries) + ";\n");
        System.out.printf("[search] %d sections and %d source pages indexed (%d KB)%n",
                entries.size() - code.size(), code.size(), Files.size(js) / 1024);
    }

    static List<Entry> sections(String page, String html) {
        Matcher content = CONTENT.matcher(html);
        String body = withoutBlocks(content.find() ? content.group(2) : html);
        String chapter = text(html.replaceFirst("(?s).*?<h1>(.*?)</h1>.*", "$1"));
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(page, "", chapter, ""));
        Matcher h = HEADING.matcher(body);
        int start = -1;
        String id = null, title = null;
        while (true) {
            boolean found = h.find();
            if (id != null) {
                String section = body.substring(start, found ? h.start() : body.length());
                entries.add(new Entry(page, id, chapter + " › " + title, text(section)));
            }
            if (!found) break;
            id = h.group(2);
            title = text(h.group(3));
            start = h.end();
        }
        return entries;
    }

    /// A source page's entry: the lines of its code worth finding, with their numbers.
    static Entry source(String page, String html) {
        Matcher shown = SHOWN_PATH.matcher(html);
        String path = shown.find() ? shown.group(1) : page;
        String title = (path.contains("/src/test/") ? "Test" : "Source") + " › "
                + path.replaceFirst("^engine/src/(main|test)/java/", "");
        Matcher code = CODE.matcher(html);
        List<Line> lines = new ArrayList<>();
        if (code.find()) {
            String[] all = decode(code.group(1).replaceAll("<[^>]+>", "")).split("\n", -1);
            for (int i = 0; i < all.length; i++) {
                String line = all[i];
                Matcher comment = COMMENT.matcher(line);
                String kept = comment.matches() ? comment.group(1).strip()
                        : DECLARATION.matcher(line).find()
                                && !NOT_A_DECLARATION.matcher(line).find() ? line.strip() : "";
                boolean tag = kept.matches("(?:tag|end)::[\\w-]+\\[]"); // include markers
                if (!kept.isEmpty() && !tag) lines.add(new Line(i + 1, kept));
            }
        }
        return new Entry(page, "", title, "", lines);
    }

    /// `html` without the blocks that `LEFT_OUT` names (each up to its matching `</div>`).
    static String withoutBlocks(String html) {
        var out = new StringBuilder();
        int done = 0;
        Matcher m = LEFT_OUT.matcher(html);
        while (m.find(done)) {
            out.append(html, done, m.start());
            done = closingDiv(html, m.start());
        }
        return out.append(html, done, html.length()).toString();
    }

    /// The index after the `</div>` that closes the div opened at `start`.
    private static int closingDiv(String html, int start) {
        int depth = 0;
        for (int i = start; ; ) {
            int open = html.indexOf("<div", i), close = html.indexOf("</div>", i);
            if (close < 0) return html.length();
            if (open >= 0 && open < close) {
                depth++;
                i = open + 4;
            } else {
                i = close + 6;
                if (--depth == 0) return i;
            }
        }
    }

    /// The visible text of an HTML fragment: no tags, formulas as readable text (`MathText`),
    /// single spaces.
    static String text(String html) {
        String t = withMathText(html)
                .replaceAll("(?s)<details class=\"solution\">.*?</details>", " ")
                .replaceAll("(?s)<[^>]+>", " ");
        t = decode(t).replace('\u00a0', ' ').replace('\u2009', ' ').replace("\u200b", "");
        t = t.replaceAll("\\s+", " ").replaceAll(" ([,.;:!?)’”])", "$1")
                .replaceAll("([(“‘]) ", "$1").strip();
        return t.length() > 3000 ? t.substring(0, 3000) : t;
    }

    private static String escape(String t) {
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String decode(String t) {
        t = t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
        return NUMERIC_ENTITY.matcher(t).replaceAll(m -> Matcher.quoteReplacement(
                Character.toString(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))))
                .replace("&amp;", "&");
    }

    /// Each formula typeset by KaTeX (see `RenderMath`) replaced by its MathML read as text
    /// (`MathText`): KaTeX's HTML is one span per glyph, its MathML one element per symbol.
    static String withMathText(String html) {
        var out = new StringBuilder();
        int done = 0;
        for (int start; (start = html.indexOf(KATEX, done)) >= 0; ) {
            int end = closingSpan(html, start);
            Matcher math = MATHML.matcher(html).region(start, end);
            out.append(html, done, start).append(' ')
                    .append(math.find() ? escape(MathText.of(math.group())) : "").append(' ');
            done = end;
        }
        return out.append(html, done, html.length()).toString();
    }

    /// The index after the `</span>` that closes the span opened at `start`.
    private static int closingSpan(String html, int start) {
        int depth = 0;
        for (int i = start; ; ) {
            int open = html.indexOf("<span", i), close = html.indexOf("</span>", i);
            if (close < 0) return html.length();
            if (open >= 0 && open < close) {
                depth++;
                i = open + 5;
            } else {
                i = close + 7;
                if (--depth == 0) return i;
            }
        }
    }

    private static String json(List<Entry> entries) {
        var out = new StringBuilder("[\n");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            out.append("{\"page\":").append(quote(e.page()))
                    .append(",\"id\":").append(quote(e.id()))
                    .append(",\"title\":").append(quote(e.title()));
            if (e.lines() == null) {
                out.append(",\"text\":").append(quote(e.text()));
            } else {
                out.append(",\"kind\":\"code\",\"lines\":[");
                for (int k = 0; k < e.lines().size(); k++) {
                    Line line = e.lines().get(k);
                    out.append(k == 0 ? "" : ",").append('[').append(line.number()).append(',')
                            .append(quote(line.text())).append(']');
                }
                out.append(']');
            }
            out.append(i < entries.size() - 1 ? "},\n" : "}\n");
        }
        return out.append("]").toString();
    }

    static String quote(String s) {
        var out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) out.append(" ");
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
