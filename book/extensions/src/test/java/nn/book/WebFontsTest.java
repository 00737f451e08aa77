package nn.book;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebFontsTest {
    private static final Pattern FACE = Pattern.compile(
            "(?s)@font-face \\{[^}]*?url\\(\\.\\./fonts/([\\w-]+\\.woff2)\\)[^}]*?\\}");
    private static final Pattern RANGE = Pattern.compile("unicode-range: ([^;]+);");

    /// `book.css` declares every face that WebFonts cuts, with the characters it keeps: a face
    /// claiming characters it lacks would hide the fallback fonts that have them.
    @Test
    void theStylesheetDeclaresEachFaceWithItsCharacters() throws Exception {
        String css = Files.readString(Path.of("../src/docs/assets/css/book.css"));
        int declared = 0;
        for (WebFonts.Face face : WebFonts.FACES) {
            Matcher m = FACE.matcher(css);
            boolean found = false;
            while (m.find()) {
                if (!m.group(1).equals(face.file())) continue;
                found = true;
                declared++;
                Matcher range = RANGE.matcher(m.group());
                if (face.unicodes().equals(WebFonts.CODE)) continue; // the only mono face
                assertTrue(range.find(), face.file() + " needs a unicode-range");
                assertEquals(face.unicodes(), range.group(1), face.file());
            }
            assertTrue(found, "book.css has no @font-face for " + face.file());
        }
        assertEquals(WebFonts.FACES.size(), declared);
        assertTrue(css.contains("font-display: swap"));
    }
}
