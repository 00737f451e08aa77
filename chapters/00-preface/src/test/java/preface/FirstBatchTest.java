package preface;

import nn.check.Exercise;
import nn.check.Expect;
import nn.math.Matrix;
import org.junit.jupiter.api.Test;

@Exercise(id = "0.1", title = "A batch is a matrix", file = "preface/FirstBatch.java",
        hints = {
            "One example per row: the number of rows is the number of examples, the number of "
                    + "columns the number of features. Matrix.of(rows...) builds a matrix from its "
                    + "rows.",
            "Check examples.length == 0 and compare every examples[i].length with "
                    + "examples[0].length before building; for feature(batch, j), loop i over "
                    + "batch.rows() and read batch.get(i, j)."})
class FirstBatchTest {
    private static final double[][] EXAMPLES =
            {{1.0, 2.0, 0.5}, {0.0, -1.0, 3.0}, {2.0, 0.0, 1.0}, {1.5, 1.5, -0.5}};

    @Test
    void rowsAreExamplesAndColumnsAreFeatures() {
        Matrix batch = FirstBatch.of(EXAMPLES);
        if (batch == null) {
            throw new AssertionError("FirstBatch.of(4 examples of 3 features) returned null");
        }
        Expect.equal("FirstBatch.of(4 examples of 3 features).shape()", "4×3", batch.shape());
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 3; j++) {
                String call = "FirstBatch.of(...).get(%d, %d), feature %d of example %d"
                        .formatted(i, j, j, i);
                Expect.near(call, EXAMPLES[i][j], batch.get(i, j), 0);
            }
        }
    }

    @Test
    void featureIsAColumn() {
        Matrix batch = Matrix.of(EXAMPLES);
        Expect.near("FirstBatch.feature(batch, 1)",
                new double[] {2.0, -1.0, 0.0, 1.5}, FirstBatch.feature(batch, 1), 0);
        Expect.near("FirstBatch.feature(batch, 2)",
                new double[] {0.5, 3.0, 1.0, -0.5}, FirstBatch.feature(batch, 2), 0);
    }

    @Test
    void rejectsEmptyAndRaggedBatches() {
        Expect.rejects("FirstBatch.of(no examples)", () -> FirstBatch.of(new double[0][]),
                "a batch needs at least one example");
        Expect.rejects("FirstBatch.of({{1, 2}, {3, 4, 5}})",
                () -> FirstBatch.of(new double[][] {{1, 2}, {3, 4, 5}}),
                "example 1 has 3 features but example 0 has 2");
    }
}
