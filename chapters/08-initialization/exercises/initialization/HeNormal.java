package initialization;

import nn.math.Rng;

/// Exercise 8.2: He/Kaiming normal initialization for ReLU layers.
public final class HeNormal {
    private HeNormal() {}

    /// `σ = √(2 / fanIn)`.
    public static double std(int fanIn) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 8.2 not attempted yet");
    }

    /// A `fanIn × fanOut` array (row `i` = input `i`, column `j` = unit `j`) of draws
    /// `σ · rng.gaussian()`, filled row by row.
    public static double[][] sample(int fanIn, int fanOut, Rng rng) {
        // Your code here.
        throw new UnsupportedOperationException("exercise 8.2 not attempted yet");
    }
}
