package nn.live;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/// The live figures' seeded computations on the JVM; the browser tests compare the page's
/// results with these.
class ChecksTest {

    @Test
    void everyCheckRuns() {
        for (String name : Checks.names()) {
            // the digit checks need the network the book build trains; the browser tests run them
            if (name.startsWith("digits-") && DigitFile.text() == null) continue;
            assertFalse(Checks.run(name).isBlank(), name);
        }
    }

    @Test
    void neuronAnd_isTheSigmoidOfTheFourWeightedSums() {
        String[] out = Checks.run("neuron-and").split(" ");
        double[] z = {-3, -2, -1, 0};
        for (int i = 0; i < 4; i++) {
            assertEquals(1 / (1 + Math.exp(-z[i])), Double.parseDouble(out[i]), 1e-15);
        }
    }

    @Test
    void anUnknownCheckIsNamedInTheError() {
        var e = assertThrows(IllegalArgumentException.class, () -> Checks.run("nope"));
        assertEquals("no check called 'nope'", e.getMessage());
    }
}
