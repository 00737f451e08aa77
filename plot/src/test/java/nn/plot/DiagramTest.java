package nn.plot;

import org.junit.jupiter.api.Test;

import java.awt.Color;

import static org.junit.jupiter.api.Assertions.*;

class DiagramTest {

    @Test
    void render_drawsNodesInTheirPaletteColour() {
        var diagram = Diagram.of("g", 400, 300, 0, 4, 0, 3).edge(1, 1, 3, 2)
                .node(1, 1, 0, "x", "").node(3, 2, 1, "y", "grad 1");
        var image = diagram.render();
        assertEquals(800, image.getWidth());
        assertEquals(600, image.getHeight());
        boolean blue = false, vermillion = false;
        for (int px = 0; px < image.getWidth(); px++) {
            for (int py = 0; py < image.getHeight(); py++) {
                blue |= image.getRGB(px, py) == Style.color(0).getRGB();
                vermillion |= image.getRGB(px, py) == Style.color(1).getRGB();
            }
        }
        assertTrue(blue && vermillion, "both node colours appear");
        assertEquals(Color.WHITE.getRGB(), image.getRGB(0, 0), "white background");
    }
}
