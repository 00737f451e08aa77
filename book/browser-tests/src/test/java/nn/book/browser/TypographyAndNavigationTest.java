package nn.book.browser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// How the book reads at 1366 × 900: the measure of the text, the fonts it ships, quotes,
/// program output, search, chapter navigation and the line anchors of the source pages.
class TypographyAndNavigationTest extends InTheBrowser {
    @Override
    String needs() {
        return "book.html";
    }

    @BeforeAll
    void atDesktopSize() throws Exception {
        browser.command("Emulation.setDeviceMetricsOverride",
                "{\"width\":1366,\"height\":900,\"deviceScaleFactor\":1,\"mobile\":false}");
    }

    private void open(String page) throws Exception {
        browser.open(book.resolve(page).toUri().toString());
    }

    private double number(String expression) throws Exception {
        return Double.parseDouble(browser.evaluate(expression));
    }

    @Test
    void bodyTextLinesHoldAbout70Characters() throws Exception {
        for (String page : new String[] {"neuron.html", "backpropagation.html", "book.html"}) {
            open(page);
            double median = number(CHARACTERS_PER_LINE);
            assertTrue(median >= 60 && median <= 80, page + ": " + median + " characters a line");
        }
        open("neuron.html");
        browser.screenshot(screenshots.resolve("neuron-measure-1366.png"));
    }

    @Test
    void listingsOfUpTo100ColumnsDoNotScrollSideways() throws Exception {
        for (String page : new String[] {"neuron.html", "optimizers.html",
                "code-nn.layers.Dense.html", "code-nn.math.Matrix.html"}) {
            open(page);
            assertEquals("[]", browser.evaluate(SCROLLING_LISTINGS), page);
        }
        open("book.html");
        browser.evaluate("document.querySelectorAll('details').forEach(d => d.open = true); true");
        assertEquals("[]", browser.evaluate(SCROLLING_LISTINGS), "book.html, solutions open");
    }

    @Test
    void textAndCodeAreSetInTheShippedFonts() throws Exception {
        open("backpropagation.html");
        String families = browser.evaluate("JSON.stringify([...document.fonts].filter(f => "
                + "f.status === 'loaded').map(f => f.family + ' ' + f.weight + ' ' + f.style))");
        for (String face : new String[] {"Book Serif 400 normal", "Book Serif 400 italic",
                "Book Mono 400 normal", "Book Mono 700 normal"}) {
            assertTrue(families.contains(face), face + " should be loaded: " + families);
        }
        assertTrue(browser.evaluate("getComputedStyle(document.querySelector("
                + "'#content .paragraph:not(.lead) p')).fontFamily").startsWith("\"Book Serif\""));
        assertTrue(browser.evaluate("getComputedStyle(document.querySelector("
                + "'#content .listingblock pre')).fontFamily").startsWith("\"Book Mono\""));
        assertTrue(browser.evaluate("getComputedStyle(document.querySelector("
                + "'#content .listingblock > .title')).fontFamily").startsWith("system-ui"));
        assertEquals("true", browser.evaluate("document.fonts.check('17px \"Book Serif\"')"
                + " && document.fonts.check('italic 17px \"Book Serif\"')"
                + " && document.fonts.check('13px \"Book Mono\"')"));
        // the fonts come from the book itself
        assertEquals("[]", browser.evaluate("JSON.stringify(performance.getEntriesByType("
                + "'resource').map(r => r.name).filter(n => /\\.woff2$/.test(n)"
                + " && !/\\/(fonts|katex\\/fonts)\\//.test(n)))"));
    }

    @Test
    void sectionTitlesAndProseUseCurlyQuotes() throws Exception {
        open("book.html");
        assertEquals("[]", browser.evaluate("JSON.stringify([...document.querySelectorAll("
                + "'h1, h2, h3, h4, #book-nav a'), ...document.querySelectorAll('main p')]"
                + ".filter(e => !e.closest('pre, code'))"
                + ".map(e => [...e.childNodes].filter(n => n.nodeType === 3)"
                + ".map(n => n.data).join('')).filter(t => t.includes('\"')))"));
        assertEquals("true", browser.evaluate("[...document.querySelectorAll('h2, h3')]"
                + ".some(h => h.textContent.includes('What “deep” learning means'))"));
    }

    @Test
    void programOutputKeepsTheBooksStyleInLightAndDark() throws Exception {
        open("neuron.html");
        String style = "(() => { const s = getComputedStyle(document.querySelector("
                + "'.literalblock.output pre')); return [s.backgroundColor, s.borderLeftWidth,"
                + " s.color].join(' | '); })()";
        String outputBg = "getComputedStyle(document.documentElement)"
                + ".getPropertyValue('--output-bg').trim()";
        assertEquals("rgb(251, 250, 245) | 4px | rgb(31, 35, 40)", browser.evaluate(style));
        assertEquals("#fbfaf5", browser.evaluate(outputBg));
        browser.evaluate("localStorage.setItem('book-theme', 'dark'); true");
        try {
            open("neuron.html");
            assertEquals("rgb(28, 26, 20) | 4px | rgb(230, 237, 243)", browser.evaluate(style));
            browser.evaluate("document.querySelector('.literalblock.output').scrollIntoView();"
                    + " true");
            browser.screenshot(screenshots.resolve("neuron-output-dark.png"));
        } finally {
            browser.evaluate("localStorage.removeItem('book-theme'); true");
        }
    }

    @Test
    void searchSnippetsReadAsTextWithTheMatchesMarked() throws Exception {
        open("neuron.html");
        search("weighted sum");
        String first = browser.evaluate("(() => { const a = document.querySelector("
                + "'#search-results a'); return a.getAttribute('href') + ' | ' + a.querySelector("
                + "'.search-snippet').textContent; })()");
        assertTrue(first.startsWith("neuron.html#neuron-weighted-sum | "), first);
        assertEquals("true", browser.evaluate("document.querySelector('#search-results"
                + " .search-snippet').textContent.includes('\\u2211')"), "the formula as text");
        assertEquals("[]", browser.evaluate("JSON.stringify([...document.querySelectorAll("
                + "'#search-results .search-snippet')].map(s => s.textContent)"
                + ".filter(t => t.includes('\\\\')))"));
        assertTrue(number("document.querySelectorAll('#search-results .search-snippet mark')"
                + ".length") > 0);
        assertEquals("weighted", browser.evaluate("document.querySelector("
                + "'#search-results .search-snippet mark').textContent.toLowerCase()"));
        // typed text goes in as text, never as markup
        search("<img src=x onerror=alert(1)> sum");
        assertEquals("0", browser.evaluate("document.querySelectorAll('#search-results img')"
                + ".length"));
        // program output is not searched as prose: this number is only in an output block
        assertTrue(browser.evaluate("document.querySelector('.literalblock.output').textContent")
                .contains("-1.5424"));
        search("1.5424");
        assertEquals("0", browser.evaluate("document.querySelectorAll('#search-results a')"
                + ".length"));
        browser.screenshot(screenshots.resolve("search-snippets.png"));
    }

    @Test
    void searchFindsSourcePagesBelowTheLessons() throws Exception {
        open("neuron.html");
        search("xavier");
        String hrefs = browser.evaluate("JSON.stringify([...document.querySelectorAll("
                + "'#search-results a')].map(a => a.getAttribute('href')))");
        assertTrue(hrefs.matches(".*\"code-nn\\.init\\.Initializer\\.html#L\\d+\".*"), hrefs);
        assertTrue(hrefs.indexOf("code-") > hrefs.indexOf("initialization.html#"), hrefs);
        String line = browser.evaluate("document.querySelector('#search-results a[href^="
                + "\"code-nn.init.Initializer.html\"]').getAttribute('href').split('#')[1]");
        browser.evaluate("document.querySelector('#search-results a[href^="
                + "\"code-nn.init.Initializer.html\"]').click(); true");
        waitFor("location.pathname.endsWith('/code-nn.init.Initializer.html')"
                + " && document.readyState === 'complete'");
        assertEquals("true", browser.evaluate("document.getElementById('" + line + "')"
                + ".matches(':target')"));
    }

    @Test
    void chaptersHavePrevNextAtTheTopAndTheArrowKeysFollowThem() throws Exception {
        open("backpropagation.html");
        assertEquals("true", browser.evaluate("(() => { const top = document.querySelector("
                + "'nav.prev-next.top'); return !!top && top.getBoundingClientRect().top < 100"
                + " && top.querySelector('a[rel=prev]').getAttribute('href') ==="
                + " 'forward-propagation.html' && top.querySelector('a[rel=next]')"
                + ".getAttribute('href') === 'activations.html'; })()"));
        assertEquals("2", browser.evaluate("document.querySelectorAll('nav.prev-next').length"));
        // not while typing, nor with a modifier key
        browser.evaluate("document.getElementById('search-input').focus(); true");
        key("ArrowRight", 0);
        Thread.sleep(300);
        assertTrue(browser.evaluate("location.pathname").endsWith("/backpropagation.html"));
        browser.evaluate("document.activeElement.blur(); true");
        key("ArrowRight", 1); // Alt: the browser's own "forward"
        Thread.sleep(300);
        assertTrue(browser.evaluate("location.pathname").endsWith("/backpropagation.html"));
        key("ArrowRight", 0);
        waitFor("location.pathname.endsWith('/activations.html')"
                + " && document.readyState === 'complete'");
        key("ArrowLeft", 0);
        waitFor("location.pathname.endsWith('/backpropagation.html')"
                + " && document.readyState === 'complete'");
    }

    @Test
    void theSidebarMarksTheSectionBeingRead() throws Exception {
        open("backpropagation.html");
        String sections = "[...document.querySelectorAll('#book-nav ol.sections a')]";
        String third = browser.evaluate(sections + "[2].hash.slice(1)");
        String last = browser.evaluate(sections + ".at(-1).hash.slice(1)");
        for (String id : new String[] {third, last}) {
            scrollTo(id);
            waitFor("(document.querySelector('#book-nav ol.sections a.reading') || {})"
                    + ".hash === '#" + id + "'");
            assertEquals("1", browser.evaluate("document.querySelectorAll('#book-nav a.reading')"
                    + ".length"));
        }
        browser.screenshot(screenshots.resolve("sidebar-follows-1366.png"));
        open("book.html");
        String chapter = browser.evaluate("document.querySelectorAll('#book-nav > #nav-panel"
                + " > ol > li > a')[4].hash.slice(1)");
        String section = browser.evaluate("document.querySelectorAll('#book-nav > #nav-panel"
                + " > ol > li')[4].querySelectorAll('ol.sections a')[2].hash.slice(1)");
        scrollTo(section);
        waitFor("(document.querySelector('#book-nav ol.sections a.reading') || {}).hash"
                + " === '#" + section + "'");
        assertEquals("#" + chapter, browser.evaluate(
                "document.querySelector('#book-nav a.reading-chapter').hash"));
        assertEquals("true", browser.evaluate("(() => { const r = document.querySelector("
                + "'#book-nav a.reading').getBoundingClientRect(); return r.top >= 0"
                + " && r.bottom <= innerHeight; })()"), "the sidebar scrolls to the section");
    }

    @Test
    void sourcePagesHaveLineAnchorsAndListingsLinkToTheirFirstLine() throws Exception {
        open("forward-propagation.html");
        String href = browser.evaluate("[...document.querySelectorAll('.listingblock > .title"
                + " a.code-link')].map(a => a.getAttribute('href')).find(h =>"
                + " h.startsWith('code-nn.layers.Dense.html#L'))");
        assertTrue(href.matches("code-nn\\.layers\\.Dense\\.html#L\\d+"), href);
        int line = Integer.parseInt(href.replaceFirst(".*#L", ""));
        String firstShown = browser.evaluate("[...document.querySelectorAll('.listingblock')]"
                + ".find(b => b.querySelector('.title a[href=\"" + href + "\"]'))"
                + ".querySelector('pre').innerText.split('\\n').find(l => l.trim()).trim()");
        browser.open(book.resolve("code-nn.layers.Dense.html").toUri() + "#L" + line);
        assertEquals("L" + line,
                browser.evaluate("document.querySelector('td.linenos a:target').id"));
        assertEquals("#L" + line, browser.evaluate("document.getElementById('L" + line + "')"
                + ".getAttribute('href')"));
        assertEquals(firstShown, browser.evaluate("document.querySelector('td.code pre')"
                + ".innerText.split('\\n')[" + (line - 1) + "].trim()"));
        assertEquals(browser.evaluate("document.querySelector('td.code pre').innerText"
                + ".replace(/\\n$/, '').split('\\n').length + ''"), browser.evaluate(
                "document.querySelectorAll('td.linenos a[id^=L]').length + ''"));
        double top = number("document.getElementById('L" + line + "').getBoundingClientRect()"
                + ".top");
        assertTrue(top > 0 && top < 900, "the line is in view: " + top);
        browser.screenshot(screenshots.resolve("source-line-anchor.png"));
    }

    private void search(String query) throws Exception {
        browser.evaluate("{ const i = document.getElementById('search-input'); i.value = "
                + Json.quote(query) + "; i.dispatchEvent(new Event('input')); } true");
    }

    private void scrollTo(String id) throws Exception {
        browser.evaluate("document.getElementById('" + id + "').scrollIntoView(); scrollBy(0, -50);"
                + " new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() =>"
                + " r(true))))");
    }

    /// Presses and releases a key as a reader would (`modifiers`: 1 Alt, 2 Ctrl, 4 Meta, 8 Shift).
    private void key(String key, int modifiers) throws Exception {
        int code = key.equals("ArrowLeft") ? 37 : 39;
        for (String type : new String[] {"rawKeyDown", "keyUp"}) {
            browser.command("Input.dispatchKeyEvent", "{\"type\":\"" + type + "\",\"key\":\"" + key
                    + "\",\"code\":\"" + key + "\",\"windowsVirtualKeyCode\":" + code
                    + ",\"modifiers\":" + modifiers + "}");
        }
    }

    private void waitFor(String condition) throws Exception {
        for (int i = 0; i < 200; i++) {
            try {
                if ("true".equals(browser.evaluate(condition))) return;
            } catch (IllegalStateException navigating) {
                // the page is being replaced; ask again
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for " + condition);
    }

    /// The median number of characters on the full lines (all but the last) of the body
    /// paragraphs without formulas, measured one character at a time.
    private static final String CHARACTERS_PER_LINE = """
            (() => {
              const counts = [];
              const ps = [...document.querySelectorAll('#content .paragraph:not(.lead) > p')]
                  .filter(p => p.textContent.length > 300 && !p.querySelector('.katex, code'))
                  .slice(0, 8);
              for (const p of ps) {
                const lines = [];
                const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                for (let n; (n = walker.nextNode());) {
                  for (let i = 0; i < n.length; i++) {
                    const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);
                    const box = r.getClientRects()[0]; if (!box) continue;
                    const y = box.top + box.height / 2;
                    let line = lines.find(l => Math.abs(l.y - y) < 6);
                    if (!line) { line = { y, n: 0 }; lines.push(line); }
                    line.n++;
                  }
                }
                lines.pop();
                counts.push(...lines.map(l => l.n));
              }
              counts.sort((a, b) => a - b);
              return counts[counts.length >> 1];
            })()""";

    /// Visible listings and program output whose longest line has at most 100 columns but
    /// which scroll sideways all the same.
    private static final String SCROLLING_LISTINGS = """
            JSON.stringify([...document.querySelectorAll(
                '#content .listingblock > .content > pre, #content .literalblock pre')]
              .filter(pre => pre.checkVisibility())
              .filter(pre => pre.scrollWidth > pre.clientWidth + 1)
              .map(pre => (pre.querySelector('td.code pre') || pre).innerText)
              .filter(text => Math.max(...text.split('\\n').map(l => l.length)) <= 100)
              .map(text => text.slice(0, 60)))""";
}
