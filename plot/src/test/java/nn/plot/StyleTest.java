package nn.plot;

import org.junit.jupiter.api.Test;

import java.awt.Color;

import static org.junit.jupiter.api.Assertions.*;

class StyleTest {

    @Test
    void mix_goesFromTheFirstColourToTheSecondAndClamps() {
        var a = new Color(0, 100, 200);
        var b = new Color(200, 100, 0);
        assertEquals(a, Style.mix(a, b, 0));
        assertEquals(b, Style.mix(a, b, 1));
        assertEquals(new Color(100, 100, 100), Style.mix(a, b, 0.5));
        assertEquals(b, Style.mix(a, b, 7), "t above 1 is clamped");
        assertEquals(a, Style.mix(a, b, -1), "t below 0 is clamped");
    }

    @Test
    void tint_isOnePartColourThreePartsWhite() {
        // Channel by channel (c + 3·255) / 4: 0 → 191.25, 0x72 = 114 → 219.75, 0xB2 = 178 → 235.75.
        assertEquals(new Color(191, 220, 236), Style.tint(new Color(0x0072B2)));
    }

    @Test
    void paletteRepeatsAfterEightColours() {
        assertEquals(Style.color(0), Style.color(8));
        assertNotEquals(Style.color(0), Style.color(1));
    }
}
