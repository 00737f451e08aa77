package backprop;

import nn.activations.Activation;
import nn.check.Exercise;
import nn.gradcheck.GradientCheck;
import nn.layers.ActivationLayer;
import nn.layers.Dense;
import nn.layers.Parameter;
import nn.layers.Sequential;
import nn.math.Matrix;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Exercise(id = "4.5", title = "One step of mini-batch SGD", file = "backprop/MiniBatchStep.java",
        hints = {
            "Four steps: zero the gradients, forward, backward from (ŷ − y)/m, then w ← w − η·grad "
                    + "for every parameter.",
            "network.parameters().forEach(Parameter::zeroGrad); ... "
                    + "network.backward(error.scale(1.0 / m)); p.value().addInPlace(p.grad(), "
                    + "-learningRate);"})
class MiniBatchStepTest {
    private static final double LEARNING_RATE = 0.5;

    /// A 2-3-1 tanh/sigmoid network; the same seed always gives the same weights.
    private static Sequential network(long seed) {
        var rng = new Rng(seed);
        return new Sequential(
                Dense.of(Matrix.gaussian(2, 3, 1, rng), Matrix.gaussian(1, 3, 1, rng)),
                new ActivationLayer(new Activation.Tanh()),
                Dense.of(Matrix.gaussian(3, 1, 1, rng), Matrix.gaussian(1, 1, 1, rng)),
                new ActivationLayer(new Activation.Sigmoid()));
    }

    /// C = (1/2m) Σ (ŷ − y)², by the forward pass only.
    private static double cost(Sequential network, Matrix x, Matrix y) {
        Matrix error = network.forward(x).minus(y);
        return error.hadamard(error).sum() / (2 * x.rows());
    }

    @Test
    void movesEveryParameterByMinusEtaTimesItsGradient() {
        var rng = new Rng(11);
        Matrix x = Matrix.gaussian(5, 2, 1, rng), y = Matrix.uniform(5, 1, 0, 1, rng);

        // Expected: gradients by finite differences on a second copy of the network (no backward).
        Sequential reference = network(3);
        double costBefore = cost(reference, x, y);
        List<Parameter> ref = reference.parameters();
        Matrix[] want = new Matrix[ref.size()], numeric = new Matrix[ref.size()];
        for (int p = 0; p < ref.size(); p++) {
            Matrix value = ref.get(p).value();
            numeric[p] = Matrix.zeros(value.rows(), value.cols());
            for (int i = 0; i < value.rows(); i++) {
                for (int j = 0; j < value.cols(); j++) {
                    double slope = GradientCheck.centralDifference(value, i, j,
                            v -> cost(reference, x, y));
                    numeric[p].set(i, j, slope);
                }
            }
            want[p] = value.minus(numeric[p].scale(LEARNING_RATE));
        }

        Sequential network = network(3);
        List<Parameter> params = network.parameters();
        Matrix[] before = params.stream().map(p -> p.value().copy()).toArray(Matrix[]::new);
        // stale gradients that the step must zero first
        params.forEach(p -> p.grad().copyFrom(Matrix.filled(p.grad().rows(), p.grad().cols(), 5)));
        double returned = MiniBatchStep.step(network, x, y, LEARNING_RATE);

        for (int p = 0; p < params.size(); p++) {
            Matrix got = params.get(p).value();
            Matrix step = got.minus(before[p]), wantStep = want[p].minus(before[p]);
            for (int i = 0; i < got.rows(); i++) {
                for (int j = 0; j < got.cols(); j++) {
                    if (Math.abs(got.get(i, j) - want[p].get(i, j)) > 1e-7) {
                        throw new AssertionError(("MiniBatchStep.step(2-3-1 network, batch of 5, "
                                + "η = %s): parameter %d (%s) entry [%d][%d] moved by %.10f but "
                                + "should move by −η·∂C/∂w = %.10f (∂C/∂w = %.10f by finite "
                                + "differences; tolerance 1e-7).%s")
                                .formatted(LEARNING_RATE, p, params.get(p).name(), i, j,
                                        step.get(i, j), wantStep.get(i, j), numeric[p].get(i, j),
                                        cause(step, wantStep, x.rows())));
                    }
                }
            }
        }
        if (Math.abs(returned - costBefore) > 1e-12) {
            throw new AssertionError(("MiniBatchStep.step returned %.10f but the cost before the "
                    + "step is %.10f (C = (1/2m) Σ (ŷ − y)², computed before the update).")
                    .formatted(returned, costBefore));
        }
    }

    private static String cause(Matrix step, Matrix wantStep, int m) {
        Map<String, Matrix> mistakes = new LinkedHashMap<>();
        mistakes.put("missing the 1/m in ∂C/∂ŷ = (ŷ − y)/m.", wantStep.scale(m));
        mistakes.put("∂C/∂ŷ of C = (1/2m)Σ(ŷ − y)² is (ŷ − y)/m, not 2(ŷ − y)/m.",
                wantStep.scale(2));
        mistakes.put("the sign; step downhill, w ← w − η·∂C/∂w.", wantStep.scale(-1));
        mistakes.put("multiply the gradient by η.", wantStep.scale(1.0 / LEARNING_RATE));
        mistakes.put("no update; use p.value().addInPlace(p.grad(), -learningRate).",
                Matrix.zeros(step.rows(), step.cols()));
        String cause = Likely.cause(step, mistakes);
        if (!cause.isEmpty()) return cause;
        return " If other entries are right, check that the gradients were zeroed first: "
                + "they held stale values (5.0) before the call.";
    }
}
