package nn.book;

import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Postprocessor;

import java.nio.file.Path;
import java.util.List;

/// Adds the book's navigation to every page: a sidebar listing the chapters (with the current
/// chapter's sections) and previous/next links at the end of a chapter.
///
/// Reads the chapter list from the folder in the document attribute `chapters-dir`.
public final class Navigation extends Postprocessor {

    @Override
    public String process(Document document, String output) {
        Object folder = document.getAttribute("chapters-dir");
        if (folder == null) return output;
        List<Chapter> chapters = Chapter.all(Path.of(folder.toString()));
        String page = document.getAttribute("docname", "") + ".html";
        int current = indexOf(chapters, page);
        String prevNext = current >= 0 ? prevNext(chapters, current) : "";
        String html = withLandmarks(output);
        String top = SKIP_LINK + sidebar(document, chapters, page);
        html = html.replaceFirst("(<body[^>]*>)", "$1\n" + quote(top));
        return html.replaceFirst("(<footer id=\"footer\">)", quote(prevNext) + "\n$1");
    }

    /// Asciidoctor's header, content and footer divs become `header`, `main` and `footer`
    /// elements, so screen readers can jump between them.
    static String withLandmarks(String html) {
        String afterContent = html.contains("<div id=\"footnotes\">") ? "<div id=\"footnotes\">"
                : html.contains("<div id=\"footer\">") ? "<div id=\"footer\">" : "</body>";
        return html
                .replaceFirst("(?s)<div id=\"header\">(.*?)</div>(\\s*)<div id=\"content\">",
                        "<header id=\"header\">$1</header>$2<div id=\"content\">")
                .replaceFirst("(?s)<div id=\"content\">(.*)</div>(\\s*)" + afterContent,
                        "<main id=\"content\">$1</main>$2" + afterContent)
                .replaceFirst("(?s)<div id=\"footer\">(.*)</div>(\\s*)</body>",
                        "<footer id=\"footer\">$1</footer>$2</body>");
    }

    private static final String SKIP_LINK =
            "<a class=\"skip-link\" href=\"#content\">Skip to the text</a>\n";

    private static final String TOOLS = """
            <div class="book-tools">
            <label class="search-label" for="search-input">Search the book</label>
            <input id="search-input" type="search" placeholder="Search the book (press /)" \
            autocomplete="off">
            <ul id="search-results" aria-live="polite" hidden></ul>
            <button id="theme-toggle" type="button">Theme: auto</button>
            </div>
            """;

    private static String sidebar(Document document, List<Chapter> chapters, String page) {
        var html = new StringBuilder("<nav id=\"book-nav\" aria-label=\"Chapters\">\n");
        html.append("<a class=\"book-title\" href=\"index.html\">")
                .append(document.getAttribute("book-title", "Contents"))
                .append("</a>\n").append(TOOLS).append("<ol>\n");
        for (Chapter c : chapters) {
            boolean here = c.page().equals(page);
            html.append("<li").append(here ? " class=\"current\"" : "")
                    .append("><a href=\"").append(c.page()).append("\"")
                    .append(here ? " aria-current=\"page\"" : "").append(">")
                    .append("<span class=\"chapter-number\">").append(Integer.parseInt(c.number()))
                    .append("</span> ").append(c.title()).append("</a>");
            if (here) html.append(sections(document));
            html.append("</li>\n");
        }
        html.append("</ol>\n")
                .append(link("book.html", " class=\"single-page\"", "The whole book on one page"))
                .append("\n</nav>");
        return html.toString();
    }

    private static String sections(Document document) {
        var html = new StringBuilder("<ol class=\"sections\">");
        for (StructuralNode block : document.getBlocks()) {
            if (block instanceof Section s && s.getLevel() == 1) {
                html.append("<li>").append(link("#" + s.getId(), "", s.getTitle())).append("</li>");
            }
        }
        return html.append("</ol>").toString();
    }

    private static String prevNext(List<Chapter> chapters, int current) {
        var html = new StringBuilder(
                "<nav class=\"prev-next\" aria-label=\"Previous and next chapter\">");
        String prevAttributes = " class=\"prev\" rel=\"prev\"";
        if (current > 0) {
            Chapter p = chapters.get(current - 1);
            html.append(link(p.page(), prevAttributes, "← " + p.title()));
        } else {
            html.append(link("index.html", prevAttributes, "← Contents"));
        }
        if (current < chapters.size() - 1) {
            Chapter n = chapters.get(current + 1);
            html.append(link(n.page(), " class=\"next\" rel=\"next\"", n.title() + " →"));
        }
        return html.append("</nav>").toString();
    }

    /// `<a attributes href="href">text</a>`; `attributes` is empty or starts with a space.
    private static String link(String href, String attributes, String text) {
        return "<a" + attributes + " href=\"" + href + "\">" + text + "</a>";
    }

    private static int indexOf(List<Chapter> chapters, String page) {
        for (int i = 0; i < chapters.size(); i++) if (chapters.get(i).page().equals(page)) return i;
        return -1;
    }

    private static String quote(String s) {
        return java.util.regex.Matcher.quoteReplacement(s);
    }
}
