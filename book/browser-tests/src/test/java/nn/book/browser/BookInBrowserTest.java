package nn.book.browser;

import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// Opens the built book in headless Chromium with name resolution switched off and checks what
/// a reader sees. Skipped, with a message, on a machine without Chromium.
class BookInBrowserTest extends InTheBrowser {
    private String page(String name) {
        return book.resolve(name).toUri().toString();
    }

    /// The value of a JavaScript expression that yields a whole number.
    private int number(String expression) throws Exception {
        return Integer.parseInt(browser.evaluate(expression));
    }

    @Test
    void mathIsTypesetWithNoRawTexLeft() throws Exception {
        for (String name : new String[] {"neuron.html", "book.html"}) {
            browser.open(page(name));
            assertTrue(number("document.querySelectorAll('.katex').length") > 20, name);
            assertTrue(number("document.querySelectorAll('.katex-display').length") > 3, name);
            assertTrue(number("document.querySelectorAll('.katex math').length") > 20, name);
            String text = "document.querySelector('main').innerText";
            assertEquals("false", browser.evaluate(text + ".includes('\\\\(')"), name);
            assertEquals("false", browser.evaluate(text + ".includes('\\\\[')"), name);
        }
        assertTrue(number("[...document.fonts].filter(f => f.family === 'KaTeX_Main'"
                + " && f.status === 'loaded').length") > 0, "KaTeX's font should load");
    }

    @Test
    void noPageLoadsAMathEngineAndPagesWithoutMathLoadNothingForIt() throws Exception {
        String engines = "JSON.stringify([...document.scripts].map(s => s.src)"
                + ".filter(src => /mathjax|katex/i.test(src)))";
        for (String name : new String[] {"index.html", "neuron.html", "code-nn.math.Matrix.html",
                "book.html"}) {
            browser.requests.clear();
            browser.open(page(name));
            assertEquals("[]", browser.evaluate(engines), name);
            var math = browser.requests.stream()
                    .filter(url -> url.matches("(?i).*(mathjax|katex).*")).toList();
            assertTrue(math.stream().noneMatch(url -> url.endsWith(".js")), name + ": " + math);
            boolean hasMath = name.equals("neuron.html") || name.equals("book.html");
            assertEquals(hasMath, !math.isEmpty(), name + " loads " + math);
        }
    }

    @Test
    void onAPhoneMathDoesNotMakeThePageWider() throws Exception {
        browser.command("Emulation.setDeviceMetricsOverride",
                "{\"width\":390,\"height\":844,\"deviceScaleFactor\":2,\"mobile\":true}");
        try {
            for (String name : new String[] {"beyond.html", "backpropagation.html",
                    "losses.html"}) {
                browser.open(page(name));
                assertEquals("0", browser.evaluate(
                        "document.documentElement.scrollWidth - innerWidth"), name);
                assertTrue(number("[...document.querySelectorAll('.katex-display')]"
                        + ".filter(d => d.scrollWidth > d.clientWidth).length") > 0,
                        name + ": a long display formula should scroll in its own box");
            }
            browser.screenshot(screenshots.resolve("math-phone.png"));
        } finally {
            browser.command("Emulation.clearDeviceMetricsOverride", "{}");
        }
    }

    @Test
    void everyFigureLoads() throws Exception {
        browser.open(page("neuron.html"));
        assertTrue(number("document.images.length") >= 4);
        assertEquals("[]", browser.evaluate("JSON.stringify([...document.images]"
                + ".filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src))"));
        assertEquals("[]", browser.evaluate("JSON.stringify([...document.images]"
                + ".filter(i => i.alt.split(' ').length < 4).map(i => i.src))"));
    }

    @Test
    void navigationLeadsToTheContentsAndBack() throws Exception {
        browser.open(page("neuron.html"));
        browser.evaluate("document.querySelector('#book-nav .book-title').click()");
        waitFor("location.pathname.endsWith('/index.html') && document.readyState === 'complete'");
        assertTrue(browser.evaluate("document.title").startsWith("Neural Networks"));
        browser.evaluate("document.querySelector('main a[href^=\"neuron.html\"]').click()");
        waitFor("location.pathname.endsWith('/neuron.html') && document.readyState === 'complete'");
        assertEquals("true",
                browser.evaluate("!!document.querySelector('nav.prev-next a[rel=prev]')"));
    }

    @Test
    void searchFindsASectionAndLinksToIt() throws Exception {
        browser.open(page("backpropagation.html"));
        browser.evaluate("const i = document.getElementById('search-input');"
                + " i.value = 'perceptron learning'; i.dispatchEvent(new Event('input')); true");
        String hrefs = browser.evaluate("JSON.stringify([...document.querySelectorAll("
                + "'#search-results a')].map(a => a.getAttribute('href')))");
        assertTrue(hrefs.contains("neuron.html#neuron-perceptron"), hrefs);
        browser.evaluate("document.querySelector("
                + "'#search-results a[href=\"neuron.html#neuron-perceptron\"]').click(); true");
        waitFor("location.pathname.endsWith('/neuron.html')"
                + " && location.hash === '#neuron-perceptron'");
    }

    @Test
    void themeToggleSwitchesToDarkAndBack() throws Exception {
        browser.open(page("neuron.html"));
        browser.evaluate("localStorage.removeItem('book-theme'); true");
        browser.open(page("neuron.html"));
        browser.screenshot(screenshots.resolve("neuron-light.png"));
        browser.evaluate("document.getElementById('theme-toggle').click(); true"); // auto → light
        assertEquals("light", browser.evaluate("document.documentElement.dataset.theme"));
        browser.evaluate("document.getElementById('theme-toggle').click(); true"); // light → dark
        assertEquals("dark", browser.evaluate("document.documentElement.dataset.theme"));
        assertEquals("rgb(13, 17, 23)",
                browser.evaluate("getComputedStyle(document.body).backgroundColor"));
        browser.screenshot(screenshots.resolve("neuron-dark.png"));
        browser.evaluate("document.getElementById('theme-toggle').click(); true"); // dark → auto
        assertEquals("undefined", browser.evaluate("document.documentElement.dataset.theme"));
    }

    @Test
    void nothingIsRequestedFromOutsideTheBook() throws Exception {
        for (String name : new String[] {"index.html", "neuron.html", "book.html"}) {
            browser.open(page(name));
        }
        var outside = browser.requests.stream()
                .filter(url -> !url.startsWith("file:") && !url.startsWith("data:"))
                .filter(url -> !url.startsWith("about:"))
                .toList();
        assertEquals(java.util.List.of(), outside);
        assertTrue(browser.requests.size() > 5, "the request log should have seen the pages load");
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
}
