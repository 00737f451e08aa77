package nn.book;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TypographyTest {
    @Test
    void apostrophesAndQuotesBecomeTypographic() {
        assertEquals("LeCun’s “same” padding, the networks' ends",
                Typography.curly("LeCun's \"same\" padding, the networks' ends"));
    }

    @Test
    void hintsKeepTheirCodeAsTyped() {
        assertEquals("<div class=\"paragraph\"><p>the layer’s <code>x's \"y\"</code>"
                + " and “z”</p></div>", ExerciseBlocks.hintHtml("the layer's `x's \"y\"` and \"z\""));
    }
}
