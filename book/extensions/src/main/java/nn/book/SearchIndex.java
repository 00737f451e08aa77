package nn.book;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/// Builds the book's offline search index from the rendered chapter pages: one entry per
/// section (page, anchor, title, plain text), written as `js/search-index.js` so that it loads
/// from `file://` pages without a server.
///
/// Usage: `SearchIndex <book folder>`.
public final class SearchIndex {
    private static final Pattern HEADING =
            Pattern.compile("<h([23]) id=\"([^\"]+)\"[^>]*>(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern CONTENT =
            Pattern.compile("<div id=\"content\"[^>]*>(.*)<div id=\"footer\">", Pattern.DOTALL);

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");
    private static final String KATEX = "<span class=\"katex\">";
    private static final Pattern TEX = Pattern.compile(
            "<annotation encoding=\"application/x-tex\">(.*?)</annotation>", Pattern.DOTALL);

    record Entry(String page, String id, String title, String text) {}

    public static void main(String[] args) throws IOException {
        Path book = Path.of(args[0]);
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> pages = Files.list(book)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String name = page.getFileName().toString();
                boolean chapter = !name.equals("book.html") && !name.equals("index.html")
                        && !name.startsWith("code-");
                if (chapter) entries.addAll(sections(name, Files.readString(page)));
            }
        }
        Path js = Files.createDirectories(book.resolve("js")).resolve("search-index.js");
        Files.writeString(js, "window.BOOK_SEARCH_INDEX = " + json(entries) + ";\n");
        System.out.printf("[search] %d sections indexed%n", entries.size());
    }

    static List<Entry> sections(String page, String html) {
        Matcher content = CONTENT.matcher(html);
        String body = content.find() ? content.group(1) : html;
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

    /// The visible text of an HTML fragment: no tags, formulas as their TeX, single spaces.
    static String text(String html) {
        String t = withTex(html).replaceAll("(?s)<details class=\"solution\">.*?</details>", " ")
                .replaceAll("(?s)<[^>]+>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
        t = NUMERIC_ENTITY.matcher(t).replaceAll(m -> Matcher.quoteReplacement(Character.toString(
                Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))))
                .replace("&amp;", "&").replace('\u00a0', ' ').replace('\u2009', ' ')
                .replace("\u200b", "");
        t = t.replaceAll("\\s+", " ").strip();
        return t.length() > 3000 ? t.substring(0, 3000) : t;
    }

    /// Each formula typeset by KaTeX (see `RenderMath`) replaced by its TeX, which KaTeX keeps
    /// in the MathML: its HTML is one span per glyph, and the MathML one element per symbol.
    static String withTex(String html) {
        var out = new StringBuilder();
        int done = 0;
        for (int start; (start = html.indexOf(KATEX, done)) >= 0; ) {
            int end = closingSpan(html, start);
            Matcher tex = TEX.matcher(html).region(start, end);
            out.append(html, done, start).append(tex.find() ? tex.group(1) : "");
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
                    .append(",\"title\":").append(quote(e.title()))
                    .append(",\"text\":").append(quote(e.text()))
                    .append(i < entries.size() - 1 ? "},\n" : "}\n");
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
