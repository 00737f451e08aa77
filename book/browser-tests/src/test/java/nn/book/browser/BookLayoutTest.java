package nn.book.browser;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// What a reader of the built book sees on a phone, in dark mode and in the single-page
/// edition; each test keeps one defect we have fixed from coming back.
class BookLayoutTest extends InTheBrowser {
    @Override
    String needs() {
        return "book.html";
    }

    private void open(String page) throws Exception {
        browser.open(book.resolve(page).toUri().toString());
    }

    @Test
    void inDarkMode_commandsAndProgramTextAreReadable() throws Exception {
        open("neuron.html");
        browser.evaluate("localStorage.setItem('book-theme', 'dark'); true");
        try {
            open("neuron.html");
            String lowest = browser.evaluate("(() => {" + CONTRAST + "return Math.min(...[...document.querySelectorAll("
                    + "'.run-it pre, .literalblock pre, .listingblock pre')].map(contrast)); })()");
            assertTrue(Double.parseDouble(lowest) >= 4.5, "lowest contrast " + lowest);
            browser.screenshot(screenshots.resolve("neuron-dark-commands.png"));
        } finally {
            browser.evaluate("localStorage.removeItem('book-theme'); true");
        }
    }

    @Test
    void onAPhone_theMenuFoldsAndNothingIsWiderThanTheScreen() throws Exception {
        browser.command("Emulation.setDeviceMetricsOverride",
                "{\"width\":390,\"height\":844,\"deviceScaleFactor\":2,\"mobile\":true}");
        try {
            for (String page : new String[] {"index.html", "neuron.html", "backpropagation.html"}) {
                open(page);
                assertEquals("390", browser.evaluate("document.documentElement.scrollWidth"), page);
                double top = Double.parseDouble(browser.evaluate(
                        "document.querySelector('h1').getBoundingClientRect().top"));
                assertTrue(top < 200, page + ": the title starts " + top + " px down");
            }
            open("neuron.html");
            assertEquals("false", browser.evaluate(visible("#search-input")));
            browser.evaluate("document.getElementById('nav-toggle').click(); true");
            assertEquals("true", browser.evaluate(visible("#search-input")));
            assertEquals("true", browser.evaluate(
                    "document.getElementById('nav-toggle').getAttribute('aria-expanded')"));
            browser.screenshot(screenshots.resolve("neuron-phone-menu.png"));
        } finally {
            browser.command("Emulation.clearDeviceMetricsOverride", "{}");
        }
    }

    @Test
    void copyButtons_sitAboveTheCodeAndCopyExactlyTheCode() throws Exception {
        String sourcePage;
        try (var files = Files.list(book)) {
            sourcePage = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.equals("code-nn.layers.Dense.html")).findFirst().orElseThrow();
        }
        for (String page : new String[] {"neuron.html", "backpropagation.html", sourcePage}) {
            open(page);
            assertEquals("[]", browser.evaluate("JSON.stringify([...document.querySelectorAll("
                    + "'.copy-button')].filter(b => { const pre = b.parentNode.querySelector("
                    + "'pre'); const top = pre.getBoundingClientRect().top + parseFloat("
                    + "getComputedStyle(pre).paddingTop); return b.getBoundingClientRect().bottom"
                    + " > top + 0.5; }).map(b => b.parentNode.innerText.slice(0, 40)))"), page);
            String copied = browser.evaluate(COPY_FIRST_LISTING);
            String code = browser.evaluate("(() => { const pre = document.querySelector("
                    + "'.copy-button').parentNode.querySelector('pre'); return (pre"
                    + ".querySelector('td.code') || pre).innerText.replace(/\\n$/, ''); })()");
            assertEquals(code, copied, page);
            assertTrue(!copied.startsWith("Copy") && !copied.startsWith("1\n"), copied);
        }
    }

    @Test
    void singlePage_toolsAreClickableAndChapterLinksStayInThePage() throws Exception {
        open("book.html");
        for (String id : new String[] {"search-input", "theme-toggle"}) {
            assertEquals(id, browser.evaluate("(() => { const r = document.getElementById('" + id
                    + "').getBoundingClientRect(); return document.elementFromPoint("
                    + "r.left + r.width / 2, r.top + r.height / 2).id; })()"));
        }
        assertEquals("[]", browser.evaluate("JSON.stringify([...document.querySelectorAll("
                + "'a[href]')].map(a => a.getAttribute('href')).filter(h => /^[a-z-]+\\.html/"
                + ".test(h) && !/^(index|book|code-.*)\\.html/.test(h)))"));
        assertEquals("[]", browser.evaluate("JSON.stringify([...document.querySelectorAll("
                + "'a[href^=\"#\"]')].map(a => a.getAttribute('href').slice(1))"
                + ".filter(id => id && !document.getElementById(id)))"));
    }

    /// `contrast(element)`: the WCAG contrast ratio of its text against the nearest background.
    private static final String CONTRAST = """
            const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
            const luminance = ([r, g, b]) => { const f = v => { v /= 255; return v <= 0.03928
                ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
            const background = e => { for (; e; e = e.parentElement) { const c = rgb(
                getComputedStyle(e).backgroundColor); if (c.length === 3 || c[3] > 0.5) return c; }
                return [255, 255, 255]; };
            const contrast = e => { const a = luminance(rgb(getComputedStyle(e).color)),
                b = luminance(background(e)); return (Math.max(a, b) + 0.05)
                / (Math.min(a, b) + 0.05); };
            """;

    /// A script that says whether the element `selector` is shown.
    private static String visible(String selector) {
        return "(() => { const e = document.querySelector('" + selector + "'); return !!e"
                + " && e.getClientRects().length > 0; })()";
    }

    /// Clicks the first copy button with the clipboard replaced by a recorder.
    private static final String COPY_FIRST_LISTING = """
            (async () => {
              let copied = null;
              Object.defineProperty(navigator, 'clipboard', { configurable: true,
                  value: { writeText: t => { copied = t; return Promise.resolve(); } } });
              document.querySelector('.copy-button').click();
              await new Promise(r => setTimeout(r, 50));
              return copied;
            })()""";
}
