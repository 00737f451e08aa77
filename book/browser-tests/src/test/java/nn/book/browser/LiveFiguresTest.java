package nn.book.browser;

import nn.data.Dataset;
import nn.data.Mnist;
import nn.live.Checks;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The live figures (`live::name[]`, module `live/`) in headless Chromium: every one starts
/// without an error, every control changes what it shows, and its numbers equal the JVM's.
class LiveFiguresTest extends InTheBrowser {
    @Override
    String needs() {
        return "live/live.js";
    }

    @Test
    void everyLiveFigureStartsWithoutAnError() throws Exception {
        List<String> pages = pagesWithLiveFigures();
        assertTrue(pages.size() >= 8, "live figures in chapters 1, 2, 5, 7, 8, 9, 10, 11: " + pages);
        for (String page : pages) {
            browser.errors.clear();
            open(page);
            assertEquals("[]", browser.evaluate("JSON.stringify([...document.querySelectorAll("
                    + "'[data-widget]')].filter(w => w.dataset.live !== 'ready')"
                    + ".map(w => w.dataset.widget + ': ' + w.innerText))"), page);
            assertEquals(List.of(), browser.errors, page);
            browser.screenshot(screenshots.resolve("live-" + page.replace(".html", ".png")));
        }
    }

    @Test
    void everyControlChangesTheFigure() throws Exception {
        for (String page : pagesWithLiveFigures()) {
            open(page);
            assertEquals("[]", browser.evaluate(MOVE_EVERY_CONTROL), page);
        }
    }

    @Test
    void theBrowserComputesTheSameNumbersAsTheJvm() throws Exception {
        open("digits.html"); // the page that loads the network trained during the build
        waitFor("document.querySelector('#live-digits').dataset.network === 'ready'");
        for (String name : Checks.names()) {
            String page = browser.evaluate("nnLiveCheck(" + Json.quote(name) + ")");
            Numbers.assertClose(Checks.run(name), page, 1e-9, name);
        }
    }

    @Test
    void theDescentFigurePrintsWhatTheChapterScriptPrints() throws Exception {
        open("gradient-descent.html");
        List<String> printed = Files.readAllLines(book.resolveSibling("outputs")
                .resolve("DescendParabola.txt")).stream()
                .map(line -> line.trim().replaceAll("\\s+", " ")).toList();
        String rows = browser.evaluate("nnLiveCheck('descent-1d')");
        for (String row : rows.split("; ")) {
            String[] v = row.split(" ");
            String line = "%d %.6f %.6f %.6f".formatted(Integer.parseInt(v[0]),
                    Double.parseDouble(v[1]), Double.parseDouble(v[2]), Double.parseDouble(v[3]));
            assertTrue(printed.contains(line), "DescendParabola.java printed no line " + line);
        }
    }

    /// Test digits the trained network reads right from their pixels and after retracing.
    private static final int[] HELD_OUT = {110, 111, 112, 113, 115, 116, 117, 118, 119, 124};

    @Test
    void theDigitFigureReadsHeldOutTestDigitsDrawnWithTheMouse() throws Exception {
        Dataset test = Mnist.split(Mnist.load()).test();
        open("digits.html");
        waitFor("document.querySelector('#live-digits').dataset.network === 'ready'");
        browser.evaluate("document.querySelector('#live-digits .live-pad canvas')"
                + ".scrollIntoView({block: 'center'}); true");
        var wrong = new ArrayList<String>();
        for (int index : HELD_OUT) {
            int label = test.labels()[index];
            String pixels = Arrays.stream(test.x().rows(new int[] {index}).toArray())
                    .mapToObj(Double::toString).collect(Collectors.joining(","));
            browser.evaluate("[...document.querySelectorAll('#live-digits button')]"
                    + ".find(b => b.textContent === 'Clear').click(); true");
            draw(Checks.run("digits-strokes:" + pixels));
            String readout = browser.evaluate(
                    "document.querySelector('#live-digits .live-readout').textContent");
            if (!readout.contains("looks like a " + label)) {
                wrong.add("test digit " + index + " (a " + label + "): " + readout);
            }
        }
        browser.screenshot(screenshots.resolve("live-digits-drawn.png"));
        assertEquals(List.of(), wrong);
    }

    /// Drags the mouse along `strokes` (points `x,y` as fractions of the drawing pad, joined
    /// by spaces; strokes joined by `;`), as a reader would draw.
    private void draw(String strokes) throws Exception {
        String box = browser.evaluate("(() => { const r = document.querySelector("
                + "'#live-digits .live-pad canvas').getBoundingClientRect();"
                + " return [r.left, r.top, r.width, r.height].join(' '); })()");
        double[] r = Arrays.stream(box.split(" ")).mapToDouble(Double::parseDouble).toArray();
        for (String stroke : strokes.split(";")) {
            String[] points = stroke.trim().split(" ");
            for (int k = 0; k < points.length; k++) {
                String[] xy = points[k].split(",");
                double x = r[0] + Double.parseDouble(xy[0]) * r[2];
                double y = r[1] + Double.parseDouble(xy[1]) * r[3];
                String type = k == 0 ? "mousePressed" : "mouseMoved";
                mouse(type, x, y);
                if (k == points.length - 1) mouse("mouseReleased", x, y);
            }
        }
    }

    private void mouse(String type, double x, double y) throws Exception {
        browser.command("Input.dispatchMouseEvent", "{\"type\":\"%s\",\"x\":%.2f,\"y\":%.2f,"
                .formatted(type, x, y) + "\"button\":\"left\",\"buttons\":"
                + (type.equals("mouseReleased") ? 0 : 1) + ",\"clickCount\":1}");
    }

    @Test
    void withoutJavaScriptTheStaticFiguresStayWithANote() throws Exception {
        browser.command("Emulation.setScriptExecutionDisabled", "{\"value\":true}");
        try {
            open("neuron.html");
            assertEquals("true", browser.evaluate("(() => { const note = document.querySelector("
                    + "'#live-neuron .live-fallback'); return note.offsetHeight > 0"
                    + " && note.innerText.includes('JavaScript'); })()"));
            assertTrue(Integer.parseInt(browser.evaluate("document.images.length")) >= 4);
        } finally {
            browser.command("Emulation.setScriptExecutionDisabled", "{\"value\":false}");
        }
    }

    @Test
    void printShowsTheStaticFiguresOnly() throws Exception {
        open("neuron.html");
        browser.command("Emulation.setEmulatedMedia", "{\"media\":\"print\"}");
        try {
            assertEquals("none", browser.evaluate(
                    "getComputedStyle(document.querySelector('#live-neuron')).display"));
        } finally {
            browser.command("Emulation.setEmulatedMedia", "{\"media\":\"\"}");
        }
    }

    @Test
    void onAPhoneNoLiveFigureIsWiderThanTheScreen() throws Exception {
        browser.command("Emulation.setDeviceMetricsOverride",
                "{\"width\":390,\"height\":844,\"deviceScaleFactor\":2,\"mobile\":true}");
        try {
            for (String page : pagesWithLiveFigures()) {
                open(page);
                assertEquals("[]", browser.evaluate("JSON.stringify([...document.querySelectorAll("
                        + "'[data-widget], [data-widget] *')].filter(e => e.getBoundingClientRect()"
                        + ".right > innerWidth + 1).map(e => e.tagName + '.' + e.className))"),
                        page);
                browser.screenshot(screenshots.resolve("live-phone-" + page.replace(".html", ".png")));
            }
        } finally {
            browser.command("Emulation.clearDeviceMetricsOverride", "{}");
        }
    }

    @Test
    void theEngineBundleAndShippedWeightsStayUnderOneMegabyteGzipped() throws IOException {
        long total = 0;
        try (var files = Files.walk(book)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".js"))
                    .filter(p -> p.startsWith(book.resolve("live"))
                            || p.getFileName().toString().endsWith("-network.js")).toList()) {
                total += gzippedSize(f);
            }
        }
        assertTrue(total > 10_000, "the bundle should be there: " + total + " bytes");
        assertTrue(total <= 1_000_000, "live figures gzipped: " + total + " bytes");
    }

    private void open(String page) throws Exception {
        browser.open(book.resolve(page).toUri().toString());
        String started = "[...document.querySelectorAll('[data-widget]')]"
                + ".every(w => w.dataset.live)";
        for (int i = 0; i < 200 && !"true".equals(browser.evaluate(started)); i++) {
            Thread.sleep(50);
        }
    }

    private void waitFor(String condition) throws Exception {
        for (int i = 0; i < 200 && !"true".equals(browser.evaluate(condition)); i++) {
            Thread.sleep(50);
        }
        assertEquals("true", browser.evaluate(condition), condition);
    }

    private List<String> pagesWithLiveFigures() throws IOException {
        var pages = new ArrayList<String>();
        try (var files = Files.list(book)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.equals("book.html") && Files.readString(f).contains("data-widget=\"")) {
                    pages.add(name);
                }
            }
        }
        return pages;
    }

    private static long gzippedSize(Path file) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(bytes)) {
            gzip.write(Files.readAllBytes(file));
        }
        return bytes.size();
    }

    /// Moves every slider to its other end and picks the next option of every list, then lists
    /// the controls after which neither a canvas nor a readout changed.
    private static final String MOVE_EVERY_CONTROL = """
            (async () => {
              const frames = n => new Promise(done => { const f = k => k ? requestAnimationFrame(
                  () => f(k - 1)) : done(); f(n); });
              const shown = root => [...root.querySelectorAll('canvas')].map(c => c.toDataURL())
                  .join('|') + [...root.querySelectorAll('.live-readout')]
                  .map(e => e.textContent).join('|');
              const unchanged = [];
              for (const root of document.querySelectorAll('[data-widget]')) {
                for (const input of root.querySelectorAll('input[type=range], select')) {
                  await frames(3);
                  const before = shown(root);
                  if (input.tagName === 'SELECT') {
                    input.selectedIndex = (input.selectedIndex + 1) % input.options.length;
                    input.dispatchEvent(new Event('change'));
                  } else {
                    input.value = +input.value === +input.max ? input.min : input.max;
                    input.dispatchEvent(new Event('input'));
                  }
                  await frames(6);
                  if (shown(root) === before) {
                    unchanged.push(root.dataset.widget + ': ' + input.labels[0].textContent);
                  }
                }
              }
              return JSON.stringify(unchanged);
            })()""";
}
