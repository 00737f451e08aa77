package nn.book.browser;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Chapters, sections, figures, listings and equations are numbered per chapter, the same on a
/// chapter's page and in the single-page edition, and cross-references read as those numbers.
class NumberingInBrowserTest extends InTheBrowser {
    /// Every number a chapter shows, in order: section numbers, caption labels ("Figure 1.2")
    /// and equation tags ("(1.3)"), inside the element `root`.
    private static final String NUMBERS = """
            JSON.stringify([...(%s).querySelectorAll(
                '.sectnum, .caption-label, .katex-html .tag')].map(e => e.textContent.trim()))""";

    /// How many links into the same page read as a number, then those whose target shows
    /// another number (or none), as `text -> shown`.
    private static final String XREFS = """
            (() => {
              const xrefs = [...document.querySelectorAll('main a[href^="#"]')]
                .filter(a => /^(Figure|Listing|Table|Equation|Section) /.test(a.textContent));
              const wrong = xrefs.map(a => {
                const t = document.getElementById(a.getAttribute('href').slice(1));
                const word = a.textContent.split(' ')[0];
                const shown = !t ? 'nothing'
                  : word === 'Equation' ? 'Equation ' + t.querySelector('.katex-html .tag')
                      .textContent.trim()
                  : word === 'Section' ? 'Section ' + t.querySelector('.sectnum').textContent
                  : t.querySelector('.caption-label').textContent;
                return shown === a.textContent ? null : a.textContent + ' -> ' + shown;
              }).filter(x => x);
              return xrefs.length + ' ' + JSON.stringify(wrong);
            })()""";

    private String page(String name) {
        return book.resolve(name).toUri().toString();
    }

    private String text(String selector) throws Exception {
        return browser.evaluate("document.querySelector('" + selector + "').textContent.trim()"
                + ".replace(/\\s+/g, ' ')");
    }

    @Test
    void aChapterPageNumbersItsHeadingSectionsFiguresAndEquations() throws Exception {
        browser.open(page("neuron.html"));
        assertEquals("Chapter 1 The Neuron", text("#header h1"));
        assertEquals("The Neuron", browser.evaluate("document.title"));
        assertEquals("1.1 A very simplified biological neuron", text("main h2"));
        String second = browser.evaluate(
                "document.querySelectorAll('main .imageblock > .title')[1].textContent");
        assertTrue(second.startsWith("Figure 1.2 The line the perceptron learned"), second);
        assertEquals("(1.1)", text(".katex-display .katex-html .tag"));
        assertTrue(text("main .listingblock > .title")
                .matches("Listing 1\\.1 engine/src/main/java/nn/neuron/Neuron\\.java"));
        assertEquals("Exercise 1.1: Weighted sum", text("main .exercise > .title"));
        browser.evaluate("document.getElementById('neuron-fig-and').scrollIntoView(); true");
        browser.screenshot(screenshots.resolve("numbering-neuron.png"));
    }

    @Test
    void theSinglePageShowsTheSameNumbersAsEveryChapterPage() throws Exception {
        List<String> chapters = chapters();
        browser.open(page("book.html"));
        assertEquals("Chapter 1 The Neuron", text("#chapter-neuron"));
        assertEquals("Preface", text("#chapter-preface"));
        assertEquals("Figure 1.2", text("#neuron-fig-and .caption-label"));
        assertEquals("(4.4)", text("#backpropagation-eq-output-error .katex-html .tag"));
        var inBook = new java.util.LinkedHashMap<String, String>();
        for (String chapter : chapters) {
            inBook.put(chapter, browser.evaluate(NUMBERS.formatted(
                    "document.getElementById('chapter-" + chapter + "').parentElement")));
        }
        for (String chapter : chapters) {
            browser.open(page(chapter + ".html"));
            String numbers = browser.evaluate(NUMBERS.formatted("document.querySelector('main')"));
            assertEquals(numbers, inBook.get(chapter), chapter);
            if (!chapter.equals("preface")) {
                int n = Integer.parseInt(text("#header .chapter-signifier").split(" ")[1]);
                assertTrue(numbers.startsWith("[\"" + n + ".1\""), chapter + ": " + numbers);
            }
        }
    }

    @Test
    void crossReferencesReadAsTheNumberOfWhatTheyLinkTo() throws Exception {
        browser.open(page("neuron.html"));
        assertEquals("Figure 1.2", text("main a[href=\"#neuron-fig-and\"]"));
        int count = 0;
        for (String name : Stream.concat(chapters().stream().map(c -> c + ".html"),
                Stream.of("book.html")).toList()) {
            browser.open(page(name));
            String[] xrefs = browser.evaluate(XREFS).split(" ", 2);
            assertEquals("[]", xrefs[1], name + ": links that read another number");
            count += Integer.parseInt(xrefs[0]);
        }
        assertTrue(count > 100, count + " links read as numbers");
        browser.open(page("backpropagation.html"));
        assertEquals("Equation (4.4)",
                text("main a[href=\"#backpropagation-eq-output-error\"]"));
        browser.evaluate("document.querySelector('a[href=\"#backpropagation-eq-output-error\"]')"
                + ".click(); true");
        assertEquals("#backpropagation-eq-output-error", browser.evaluate("location.hash"));
    }

    @Test
    void aLinkIntoAnotherChapterWithoutTextReadsAsTheNumberThere() throws Exception {
        browser.open(page("activations.html"));
        String listing = text("#activations-listing-softmax .caption-label");
        assertTrue(listing.matches("Listing 5\\.\\d+"), listing);
        browser.open(page("losses.html"));
        assertEquals(listing, text("a[href=\"activations.html#activations-listing-softmax\"]"));
        browser.open(page("book.html"));
        assertEquals(listing, text("main a[href=\"#activations-listing-softmax\"]"));
    }

    @Test
    void theContentsSidebarAndSearchShowTheNumbers() throws Exception {
        browser.open(page("index.html"));
        String contents = browser.evaluate("JSON.stringify([...document.querySelectorAll("
                + "'.chapter-list li')].map(li => li.textContent.trim().split(':')[0]))");
        assertTrue(contents.startsWith("[\"Preface\",\"Chapter 1 The Neuron\","
                + "\"Chapter 2 Gradient Descent\""), contents);
        browser.open(page("neuron.html"));
        assertEquals("1.2 A weighted sum and a bias",
                text("#book-nav li.current ol.sections li:nth-child(2) a"));
        String title = browser.evaluate("window.BOOK_SEARCH_INDEX.find(e => e.page === "
                + "'neuron.html' && e.id === 'neuron-weighted-sum').title");
        assertTrue(title.startsWith("Chapter 1 The Neuron")
                && title.endsWith(" 1.2 A weighted sum and a bias"), title);
    }

    @Test
    void anEquationNumberNeverCoversItsFormula() throws Exception {
        String covered = """
                JSON.stringify([...document.querySelectorAll('.katex-display')]
                  .filter(d => d.querySelector('.katex-html > .tag'))
                  .map(d => {
                    const bases = [...d.querySelectorAll('.katex-html > .base')];
                    const end = Math.max(...bases.map(b => b.getBoundingClientRect().right));
                    const tag = d.querySelector('.katex-html > .tag').getBoundingClientRect();
                    return end <= tag.left + 0.5 ? null : d.querySelector('.tag').textContent;
                  }).filter(x => x))""";
        try {
            for (int width : new int[] {1366, 390}) {
                browser.command("Emulation.setDeviceMetricsOverride", ("{\"width\":%d,"
                        + "\"height\":844,\"deviceScaleFactor\":1,\"mobile\":%b}")
                        .formatted(width, width < 500));
                browser.open(page("book.html"));
                assertTrue(Integer.parseInt(browser.evaluate(
                        "document.querySelectorAll('.katex-html > .tag').length")) > 90);
                assertEquals("[]", browser.evaluate(covered), width + " px wide");
            }
        } finally {
            browser.command("Emulation.clearDeviceMetricsOverride", "{}");
        }
    }

    /// The chapter pages' names in order, from the contents page: `neuron` for `neuron.html`.
    private List<String> chapters() throws Exception {
        browser.open(page("index.html"));
        String pages = browser.evaluate("[...document.querySelectorAll('.chapter-list a')]"
                + ".map(a => a.getAttribute('href').replace(/\\.html$/, '')).join(' ')");
        return List.of(pages.split(" "));
    }
}
