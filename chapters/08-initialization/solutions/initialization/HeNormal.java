package initialization;

import nn.math.Rng;

/// Exercise 8.2: He/Kaiming normal initialization for ReLU layers.
public final class HeNormal {
    private HeNormal() {}

    /// `σ = √(2 / fanIn)`.
    public static double std(int fanIn) {
        return Math.sqrt(2.0 / fanIn);
    }

    /// A `fanIn × fanOut` array (row `i` = input `i`, column `j` = unit `j`) of draws
    /// `σ · rng.gaussian()`, filled row by row.
    public static double[][] sample(int fanIn, int fanOut, Rng rng) {
        double sigma = std(fanIn);
        double[][] w = new double[fanIn][fanOut];
        for (int i = 0; i < fanIn; i++) {
            for (int j = 0; j < fanOut; j++) w[i][j] = sigma * rng.gaussian();
        }
        return w;
    }
}
