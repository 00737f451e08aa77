package nn.book.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/// What every browser test shares: the built book, a folder for screenshots and one headless
/// Chromium for the whole class. Skipped, with a message, on a machine without Chromium.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InTheBrowser {
    final Path book =
            Path.of(System.getProperty("book.dir", "../target/book")).toAbsolutePath().normalize();
    final Path screenshots = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    Browser browser;

    /// A file of the built book these tests need (the book must have been built first).
    String needs() {
        return "index.html";
    }

    @BeforeAll
    void start() throws Exception {
        Path chromium = Browser.find();
        assumeTrue(chromium != null,
                "no Chromium found: the browser tests need it (apt-get install chromium)");
        assertTrue(Files.exists(book.resolve(needs())), "build the book first: " + book);
        browser = new Browser(chromium, false);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) browser.close();
    }
}
