package nn.book;

import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Postprocessor;

import java.nio.file.Path;
import java.util.List;

/// Adds the book's navigation to every page: a sidebar listing the chapters (with the current
/// chapter's sections) and previous/next links at the start and at the end of a chapter (the
/// script `book.js` also follows them on the ← and → keys). On a narrow screen the
/// sidebar folds into a bar with a Menu button. In the single-page edition (`book.html`) the
/// sidebar lists every chapter with its sections, and every link to a chapter page leads to
/// that chapter inside the page instead.
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
        String prevNext = current >= 0 ? prevNext(chapters, current, false) : "";
        String prevNextTop = current >= 0 ? prevNext(chapters, current, true) : "";
        boolean singlePage = page.equals(SINGLE_PAGE);
        String html = withLandmarks(output);
        String list = singlePage ? allSections(document, chapters) : chapterList(document,
                chapters, page);
        String top = SKIP_LINK + sidebar(document, list);
        html = html.replaceFirst("(<body[^>]*>)", "$1\n" + quote(top));
        html = html.replaceFirst("(<footer id=\"footer\">)", quote(prevNext) + "\n$1");
        if (!prevNextTop.isEmpty()) {
            html = html.replaceFirst(html.contains("<header id=\"header\">")
                    ? "(<header id=\"header\">)" : "(<main id=\"content\">)",
                    quote(prevNextTop) + "\n$1");
        }
        return singlePage ? inPageLinks(html, chapters) : html;
    }

    private static final String SINGLE_PAGE = "book.html";

    /// Every `href="neuron.html#id"` becomes `href="#id"`, and `href="neuron.html"` the
    /// chapter's anchor in the single page.
    static String inPageLinks(String html, List<Chapter> chapters) {
        for (Chapter c : chapters) {
            String page = java.util.regex.Pattern.quote(c.page());
            html = html.replaceAll("href=\"" + page + "#", "href=\"#")
                    .replaceAll("href=\"" + page + "\"", "href=\"#" + c.anchor() + "\"");
        }
        return html;
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

    private static String sidebar(Document document, String list) {
        return "<nav id=\"book-nav\" aria-label=\"Chapters\">\n<div class=\"nav-bar\">"
                + "<a class=\"book-title\" href=\"index.html\">"
                + document.getAttribute("book-title", "Contents") + "</a>\n"
                + "<button id=\"nav-toggle\" type=\"button\" aria-expanded=\"false\""
                + " aria-controls=\"nav-panel\">Menu</button></div>\n"
                + "<div id=\"nav-panel\">\n" + TOOLS + list
                + link(SINGLE_PAGE, " class=\"single-page\"", "The whole book on one page")
                + "\n</div>\n</nav>";
    }

    private static String chapterList(Document document, List<Chapter> chapters, String page) {
        var html = new StringBuilder("<ol>\n");
        for (Chapter c : chapters) {
            boolean here = c.page().equals(page);
            html.append("<li").append(here ? " class=\"current\"" : "")
                    .append("><a href=\"").append(c.page()).append("\"")
                    .append(here ? " aria-current=\"page\"" : "").append(">")
                    .append("<span class=\"chapter-number\">").append(Integer.parseInt(c.number()))
                    .append("</span> ").append(c.title()).append("</a>");
            if (here) html.append(sections(document.getBlocks()));
            html.append("</li>\n");
        }
        return html.append("</ol>\n").toString();
    }

    /// The single page's chapters (its level-1 sections), each with its own sections.
    private static String allSections(Document document, List<Chapter> chapters) {
        var html = new StringBuilder("<ol>\n");
        int i = 0;
        for (StructuralNode block : document.getBlocks()) {
            if (!(block instanceof Section chapter) || chapter.getLevel() != 1) continue;
            String number = i < chapters.size() ? "" + Integer.parseInt(chapters.get(i++).number())
                    : "";
            html.append("<li><a href=\"#").append(chapter.getId()).append("\">")
                    .append("<span class=\"chapter-number\">").append(number).append("</span> ")
                    .append(chapter.getTitle()).append("</a>")
                    .append(sections(chapter.getBlocks())).append("</li>\n");
        }
        return html.append("</ol>\n").toString();
    }

    private static String sections(List<StructuralNode> blocks) {
        var html = new StringBuilder("<ol class=\"sections\">");
        for (StructuralNode block : blocks) {
            if (block instanceof Section s) {
                Object number = s.getAttribute(Numbering.NUMBER);
                String title = number == null ? s.getTitle()
                        : "<span class=\"section-number\">" + number + "</span> " + s.getTitle();
                html.append("<li>").append(link("#" + s.getId(), "", title)).append("</li>");
            }
        }
        return html.append("</ol>").toString();
    }

    /// The links to the previous and the next chapter (`rel="prev"`, `rel="next"`); those at the
    /// top of the page are in `nav.prev-next.top`.
    private static String prevNext(List<Chapter> chapters, int current, boolean top) {
        var html = new StringBuilder(top
                ? "<nav class=\"prev-next top\" aria-label=\"Previous and next chapter (top)\">"
                : "<nav class=\"prev-next\" aria-label=\"Previous and next chapter\">");
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
