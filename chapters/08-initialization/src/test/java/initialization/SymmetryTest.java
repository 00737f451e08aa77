package initialization;

import nn.check.Exercise;
import nn.check.Expect;
import nn.init.Initializer;
import nn.math.Matrix;
import org.junit.jupiter.api.Test;

@Exercise(id = "8.4", title = "Symmetry survives training", file = "initialization/Symmetry.java",
        hints = {
            "identicalUnits compares every column j ≥ 1 with column 0, row by row. Then build, "
                    + "train, compare.",
            "new Dense(2, 4, init, rng) for the hidden layer (keep a reference to it), new "
                    + "Trainer(new BinaryCrossEntropy(), new "
                    + "SGD(0.5)).epochs(epochs).batchSize(4).verbose(false).fit(...), then "
                    + "identicalUnits(hidden.weights().value(), 1e-12)."})
class SymmetryTest {

    @Test
    void identicalUnitsComparesColumns() {
        Matrix same = Matrix.of(new double[] {1, 1, 1}, new double[] {-2, -2, -2});
        Matrix differ = Matrix.of(new double[] {1, 1, 1}, new double[] {-2, -2, -1.9});
        Expect.equal("Symmetry.identicalUnits([[1, 1, 1], [-2, -2, -2]], 1e-12)", true,
                Symmetry.identicalUnits(same, 1e-12));
        Expect.equal("Symmetry.identicalUnits([[1, 1, 1], [-2, -2, -1.9]], 1e-12)", false,
                Symmetry.identicalUnits(differ, 1e-12));
        Expect.equal("Symmetry.identicalUnits([[1, 1, 1], [-2, -2, -1.9]], 0.5)", true,
                Symmetry.identicalUnits(differ, 0.5));
    }

    @Test
    void equalStartingWeightsStayEqual() {
        // Equal columns give equal hidden outputs, hence equal gradients, hence equal updates.
        Expect.equal("Symmetry.unitsStayIdentical(new Constant(0.5), 500)", true,
                Symmetry.unitsStayIdentical(new Initializer.Constant(0.5), 500));
        Expect.equal("Symmetry.unitsStayIdentical(new Zeros(), 500)", true,
                Symmetry.unitsStayIdentical(new Initializer.Zeros(), 500));
    }

    @Test
    void randomStartingWeightsDiffer() {
        Expect.equal("Symmetry.unitsStayIdentical(new XavierUniform(), 500)", false,
                Symmetry.unitsStayIdentical(new Initializer.XavierUniform(), 500));
    }
}
