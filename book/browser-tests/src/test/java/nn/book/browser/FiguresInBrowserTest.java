package nn.book.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/// The figures of the built book: each chart has a light and a dark rendering (drawn by the
/// chapter scripts, no CSS filter), the page shows the one of the theme the reader has (the
/// system's, or the one picked with the theme button; print shows the light one), and a click,
/// tap or Enter shows a figure full size until Escape.
class FiguresInBrowserTest extends InTheBrowser {
    @Override
    String needs() {
        return "book.html";
    }

    @AfterEach
    void lightAgain() throws Exception {
        browser.command("Emulation.setEmulatedMedia", "{\"media\":\"\",\"features\":[]}");
        browser.command("Emulation.clearDeviceMetricsOverride", "{}");
        browser.evaluate("localStorage.removeItem('book-theme'); true");
    }

    /// Opens `page` with the reader's stored theme (null: none), stored from the small
    /// contents page first (every page of the book shares its `file://` storage), so that the
    /// page itself loads once: `book.html` takes seconds.
    private void open(String page, String storedTheme) throws Exception {
        browser.open(book.resolve("index.html").toUri().toString());
        browser.evaluate(storedTheme == null ? "localStorage.removeItem('book-theme'); true"
                : "localStorage.setItem('book-theme', '" + storedTheme + "'); true");
        browser.open(book.resolve(page).toUri().toString());
    }

    /// The luminance of each PNG's top-left pixel, read once per file (`book.html` shows
    /// every figure of the book, four times in one test).
    private final Map<String, Double> cornerLuminance = new HashMap<>();

    private double cornerLuminance(String src) {
        return cornerLuminance.computeIfAbsent(src, s -> {
            try {
                var image = ImageIO.read(Path.of(URI.create(s)).toFile());
                return luminance(new Color(image.getRGB(0, 0)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void systemScheme(String scheme) throws Exception {
        browser.command("Emulation.setEmulatedMedia", "{\"media\":\"\",\"features\":[{\"name\":"
                + "\"prefers-color-scheme\",\"value\":\"" + scheme + "\"}]}");
    }

    /// For every figure: how many of its images are shown, and the URL of the first one shown
    /// (`1 file:///…/x-dark.png`), the figures separated by `|`.
    private static final String SHOWN = """
            [...document.querySelectorAll('.imageblock')].map(block => {
              const shown = [...block.querySelectorAll('img')]
                  .filter(i => i.getClientRects().length);
              return shown.length + ' ' + (shown.length ? shown[0].currentSrc : '');
            }).join('|')""";

    private List<String> shown() throws Exception {
        return List.of(browser.evaluate(SHOWN).split("\\|"));
    }

    /// Checks that every figure of the page shows exactly one image, its `-dark` rendering or
    /// not as `dark` says, and that the corner pixel of that PNG is dark or light.
    private void assertFiguresShown(boolean dark, String where) throws Exception {
        List<String> shown = shown();
        assertTrue(shown.size() >= 30, where + ": only " + shown.size() + " figures");
        for (String entry : shown) {
            String[] parts = entry.split(" ", 2);
            assertEquals("1", parts[0], where + ": images shown in one figure: " + entry);
            String src = parts[1];
            assertEquals(dark, src.endsWith("-dark.png"), where + ": " + src);
            double corner = cornerLuminance(src);
            assertTrue(dark ? corner < 40 : corner > 240,
                    where + ": corner luminance " + corner + " of " + src);
        }
        assertEquals("[]", browser.evaluate("JSON.stringify([...document.querySelectorAll("
                + "'img')].map(i => getComputedStyle(i).filter).filter(f => f !== 'none'))"),
                where + ": no figure may be drawn through a CSS filter");
    }

    @Test
    void figuresFollowTheSystemSchemeUnlessTheReaderPicksATheme() throws Exception {
        systemScheme("dark");
        open("book.html", null);
        assertFiguresShown(true, "system dark");
        browser.screenshot(screenshots.resolve("figures-system-dark.png"));
        open("book.html", "light");
        assertFiguresShown(false, "system dark, reader picked light");
        systemScheme("light");
        open("book.html", null);
        assertFiguresShown(false, "system light");
        open("book.html", "dark");
        assertFiguresShown(true, "system light, reader picked dark");
    }

    @Test
    void theThemeButton_switchesTheFigures() throws Exception {
        systemScheme("light");
        open("digits.html", null);
        assertFiguresShownOnPage(false, "auto");
        for (String theme : new String[] {"light", "dark", "auto"}) {
            browser.evaluate("document.getElementById('theme-toggle').click(); true");
            assertEquals(theme.equals("auto") ? "null" : theme,
                    browser.evaluate("document.documentElement.getAttribute('data-theme')"));
            assertFiguresShownOnPage(theme.equals("dark"), "after a click: " + theme);
        }
    }

    /// Like `assertFiguresShown`, for a chapter page with a few figures.
    private void assertFiguresShownOnPage(boolean dark, String where) throws Exception {
        List<String> shown = shown();
        assertTrue(shown.size() >= 3, where);
        for (String entry : shown) {
            assertTrue(entry.startsWith("1 "), where + ": " + entry);
            assertEquals(dark, entry.endsWith("-dark.png"), where + ": " + entry);
        }
    }

    @Test
    void print_showsTheLightFiguresInTheDarkTheme() throws Exception {
        open("digits.html", "dark");
        assertFiguresShownOnPage(true, "screen");
        browser.command("Emulation.setEmulatedMedia", "{\"media\":\"print\"}");
        assertFiguresShownOnPage(false, "print");
    }

    @Test
    void aClickOrEnter_showsTheFigureFullSize_andEscapeCloses() throws Exception {
        open("digits.html", "dark");
        String link = "document.querySelector('a.figure-zoom[href$=\"digits-confusion.png\"]')";
        browser.evaluate(link + ".scrollIntoView(); " + link + ".click(); true");
        assertEquals("true", browser.evaluate("!!document.querySelector('.figure-overlay')"));
        assertTrue(browser.evaluate("document.querySelector('.figure-overlay img').src")
                .endsWith("digits-confusion-dark.png"), "the overlay shows the dark PNG");
        double width = Double.parseDouble(browser.evaluate(
                "document.querySelector('.figure-overlay img').getBoundingClientRect().width"));
        double inPage = Double.parseDouble(browser.evaluate(
                link + ".querySelector('img.figure-dark').getBoundingClientRect().width"));
        assertTrue(width > 1.3 * inPage, "enlarged: " + width + " px, in the page " + inPage);
        assertEquals("figure-close", browser.evaluate("document.activeElement.className"));
        browser.screenshot(screenshots.resolve("figure-zoom-dark.png"));
        key("Escape", 27);
        assertEquals("false", browser.evaluate("!!document.querySelector('.figure-overlay')"));
        assertEquals("true", browser.evaluate("document.activeElement === " + link),
                "focus goes back to the figure");

        key("Enter", 13); // the focused figure link, from the keyboard
        assertEquals("true", browser.evaluate("!!document.querySelector('.figure-overlay')"));
        key("Escape", 27);
        assertEquals("false", browser.evaluate("!!document.querySelector('.figure-overlay')"));
    }

    @Test
    void onAPhone_theFullSizeFigureIsWiderThanTheScreenAndLabelsReadable() throws Exception {
        browser.command("Emulation.setDeviceMetricsOverride",
                "{\"width\":390,\"height\":844,\"deviceScaleFactor\":2,\"mobile\":true}");
        open("digits.html", null);
        String figure = "document.querySelector('img.figure-light[src$=\"digits-mistakes.png\"]')";
        double shown = Double.parseDouble(browser.evaluate(figure
                + ".getBoundingClientRect().width"));
        double natural = Double.parseDouble(browser.evaluate(figure + ".naturalWidth")) / 2;
        // captions are 14 px in the 1× picture: at least 8 px on the phone's page
        assertTrue(14 * shown / natural >= 8, "captions " + 14 * shown / natural + " px");
        browser.evaluate(figure + ".scrollIntoView(); " + figure + ".closest('a').click(); true");
        double full = Double.parseDouble(browser.evaluate(
                "document.querySelector('.figure-overlay img').getBoundingClientRect().width"));
        assertEquals(natural, full, 1, "drawn size on a phone");
        assertTrue(Double.parseDouble(browser.evaluate("document.querySelector("
                + "'.figure-overlay-scroll').scrollWidth")) > 390, "pans sideways");
        browser.screenshot(screenshots.resolve("figure-zoom-phone.png"));
        key("Escape", 27);
        assertEquals("false", browser.evaluate("!!document.querySelector('.figure-overlay')"));
    }

    private void key(String key, int code) throws Exception {
        String text = key.equals("Enter") ? ",\"text\":\"\\r\"" : "";
        for (String type : new String[] {"keyDown", "keyUp"}) {
            browser.command("Input.dispatchKeyEvent", "{\"type\":\"%s\",\"key\":\"%s\",\"code\":"
                    .formatted(type, key) + "\"" + key + "\",\"windowsVirtualKeyCode\":" + code
                    + (type.equals("keyDown") ? text : "") + "}");
        }
    }

    private static double luminance(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }
}
