package nn.book;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FigureThemesTest {
    private static final String BLOCK = """
            <div class="imageblock">
            <div class="content">
            <img src="images/loss.png" alt="A loss curve, falling" width="640">
            </div>
            <div class="title">Figure 1. The loss.</div>
            </div>""";

    @Test
    void aFigureWithADarkTwin_getsBothImagesInOneZoomLink() {
        assertEquals("""
                <div class="imageblock">
                <div class="content">
                <a class="figure-zoom" href="images/loss.png" title="Enlarge the figure">\
                <img class="figure-light" src="images/loss.png" alt="A loss curve, falling" \
                width="640"><img class="figure-dark" src="images/loss-dark.png" \
                alt="A loss curve, falling" width="640"></a>
                </div>
                <div class="title">Figure 1. The loss.</div>
                </div>""", FigureThemes.pair(BLOCK, "images/loss"::equals));
    }

    @Test
    void aFigureWithoutTwin_isOnlyLinked() {
        String image = "<img src=\"images/loss.png\" alt=\"A loss curve, falling\" width=\"640\">";
        String linked = "<a class=\"figure-zoom\" href=\"images/loss.png\" title=\"Enlarge the"
                + " figure\"><img src=\"images/loss.png\" alt=\"A loss"
                + " curve, falling\" width=\"640\"></a>";
        assertEquals(BLOCK.replace(image, linked), FigureThemes.pair(BLOCK, name -> false));
    }

    @Test
    void imagesAlreadyInALink_andInlineImages_areLeftAlone() {
        String image = "<img src=\"images/loss.png\" alt=\"A loss curve, falling\" width=\"640\">";
        String linked = BLOCK.replace(image,
                "<a class=\"image\" href=\"x.html\">" + image + "</a>");
        assertEquals(linked, FigureThemes.pair(linked, name -> true));
        String inline = "<p>See <span class=\"image\"><img src=\"images/a.png\" alt=\"a\"></span>"
                + "</p>";
        assertEquals(inline, FigureThemes.pair(inline, name -> true));
    }
}
