package nn.book;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NavigationTest {
    @Test
    void asciidoctorDivsBecomeLandmarks() {
        String page = """
                <body><div id="header"><h1>T</h1><div id="toc"><a>x</a></div></div>
                <div id="content"><div class="sect1"><p>text</p></div></div>
                <div id="footer"><div id="footer-text"></div></div>
                </body>""";
        assertEquals("""
                <body><header id="header"><h1>T</h1><div id="toc"><a>x</a></div></header>
                <main id="content"><div class="sect1"><p>text</p></div></main>
                <footer id="footer"><div id="footer-text"></div></footer>
                </body>""", Navigation.withLandmarks(page));
    }
}
