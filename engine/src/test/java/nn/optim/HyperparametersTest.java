package nn.optim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.*;

class HyperparametersTest {

    static void assertRejected(String message, Executable construct) {
        var e = assertThrows(IllegalArgumentException.class, construct);
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.1, Double.NaN, Double.POSITIVE_INFINITY})
    void learningRate_mustBePositive(double learningRate) {
        String message = "learning rate must be a positive number, got " + learningRate;
        assertRejected(message, () -> new SGD(learningRate));
        assertRejected(message, () -> new Momentum(learningRate));
        assertRejected(message, () -> new Nesterov(learningRate));
        assertRejected(message, () -> new RMSprop(learningRate));
        assertRejected(message, () -> new Adagrad(learningRate));
        assertRejected(message, () -> new Adam(learningRate));
        assertRejected(message, () -> new AdamW(learningRate));
        assertRejected(message, () -> new Adam(0.1).setLearningRate(learningRate));
    }

    @Test
    void decayRates_mustBeBelowOne() {
        assertRejected("beta must be in [0, 1), got 1.0", () -> new Momentum(0.1, 1));
        assertRejected("beta must be in [0, 1), got -0.5", () -> new Nesterov(0.1, -0.5));
        assertRejected("rho must be in [0, 1), got 1.5", () -> new RMSprop(0.1, 1.5, 1e-8));
        assertRejected("beta1 must be in [0, 1), got 1.0", () -> new Adam(0.1, 1, 0.999, 1e-8));
        assertRejected("beta2 must be in [0, 1), got 1.0", () -> new AdamW(0.1, 0.9, 1, 1e-8, 0));
    }

    @Test
    void epsilonAndWeightDecay_areChecked() {
        assertRejected("eps must be > 0, got 0.0", () -> new Adagrad(0.1, 0));
        assertRejected("weight decay must be >= 0, got -0.1", () -> new SGD(0.1, -0.1));
        assertRejected("weight decay must be >= 0, got -1.0", () -> new AdamW(0.1, -1));
    }
}
