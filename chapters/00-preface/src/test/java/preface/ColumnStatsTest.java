package preface;

import nn.check.Exercise;
import nn.check.Expect;
import nn.data.Standardizer;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

@Exercise(id = "0.3", title = "Mean and spread of a feature", file = "preface/ColumnStats.java",
        hints = {
            "The mean adds the n entries of column j and divides by n. The standard deviation "
                    + "averages the squared distances from that mean, then takes the square root.",
            "std: compute mu = mean(x, j) first, add (x.get(i, j) - mu) * (x.get(i, j) - mu) over "
                    + "all rows i, divide by x.rows() (not x.rows() - 1) and return Math.sqrt of "
                    + "that."})
class ColumnStatsTest {

    @Test
    void textbookColumn() {
        // Column 1 is 2, 4, 4, 4, 5, 5, 7, 9: mean 40/8 = 5; squared distances
        // 9+1+1+1+0+0+4+16 = 32, 32/8 = 4, so σ = 2. Column 0 is constant: mean 1, σ = 0.
        double[] values = {2, 4, 4, 4, 5, 5, 7, 9};
        double[][] rows = new double[8][];
        for (int i = 0; i < 8; i++) rows[i] = new double[] {1, values[i]};
        Matrix x = Matrix.of(rows);
        Expect.near("ColumnStats.mean(x, 1) for the column [2, 4, 4, 4, 5, 5, 7, 9]",
                5, ColumnStats.mean(x, 1), 1e-12);
        Expect.near("ColumnStats.std(x, 1) for the column [2, 4, 4, 4, 5, 5, 7, 9] (divide by n)",
                2, ColumnStats.std(x, 1), 1e-12);
        Expect.near("ColumnStats.mean(x, 0) for a column of ones",
                1, ColumnStats.mean(x, 0), 1e-12);
        Expect.near("ColumnStats.std(x, 0) for a column of ones", 0, ColumnStats.std(x, 0), 1e-12);
    }

    @Test
    void agreesWithTheEnginesStandardizer() {
        Matrix x = Matrix.gaussian(50, 3, 2.5, new Rng(11)).plus(1.0);
        var reference = Standardizer.fit(x); // measures μ and σ of every column the same way
        for (int j = 0; j < 3; j++) {
            Expect.near("ColumnStats.mean(x, %d) for a 50×3 random batch".formatted(j),
                    reference.mean().get(0, j), ColumnStats.mean(x, j), 1e-12);
            Expect.near("ColumnStats.std(x, %d) for a 50×3 random batch".formatted(j),
                    reference.std().get(0, j), ColumnStats.std(x, j), 1e-12);
        }
    }
}
