package nn.book;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MathTextTest {
    private static String math(String body) {
        return "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics><mrow>" + body
                + "</mrow><annotation encoding=\"application/x-tex\">\\TeX</annotation>"
                + "</semantics></math>";
    }

    @Test
    void sumsAndIndicesUseUnicodeScripts() {
        // z = \sum_{i=1}^{n} w_i x_i + b
        assertEquals("z = ∑ᵢ₌₁ⁿwᵢxᵢ + b", MathText.of(math("<mi>z</mi><mo>=</mo><munderover>"
                + "<mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover>"
                + "<msub><mi>w</mi><mi>i</mi></msub><msub><mi>x</mi><mi>i</mi></msub>"
                + "<mo>+</mo><mi>b</mi>")));
    }

    @Test
    void scriptsWithoutUnicodeFormsAreSpelledOut() {
        assertEquals("W_(ℓq)", MathText.of(math("<msub><mi>W</mi><mrow><mi>ℓ</mi><mi>q</mi>"
                + "</mrow></msub>")));
        assertEquals("Wᵀ", MathText.of(math("<msup><mi>W</mi><mi mathvariant=\"normal\">⊤</mi>"
                + "</msup>")));
    }

    @Test
    void fractionsRootsAndHats() {
        assertEquals("∂L/∂w", MathText.of(math("<mfrac><mrow><mi>∂</mi><mi>L</mi></mrow>"
                + "<mrow><mi>∂</mi><mi>w</mi></mrow></mfrac>")));
        assertEquals("(a + b)/2", MathText.of(math("<mfrac><mrow><mi>a</mi><mo>+</mo><mi>b</mi>"
                + "</mrow><mn>2</mn></mfrac>")));
        assertEquals("√(x + 1)", MathText.of(math("<msqrt><mi>x</mi><mo>+</mo><mn>1</mn>"
                + "</msqrt>")));
        assertEquals("y\u0302", MathText.of(math("<mover accent=\"true\"><mi>y</mi>"
                + "<mo>^</mo></mover>")));
    }

    @Test
    void entitiesAndUnreadableMathmlFallBackToText() {
        assertEquals("z < b", MathText.of(math("<mi>z</mi><mo>&lt;</mo><mi>b</mi>")));
        assertEquals("x y", MathText.of("<math><mi>x</mi> <mi>y</mi>"));
    }
}
