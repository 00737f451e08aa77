package optimizers;

import nn.check.Exercise;
import nn.check.Expect;
import nn.layers.Parameter;
import nn.math.Matrix;
import nn.optim.Momentum;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static nn.check.Expect.array;
import static nn.check.Expect.number;

@Exercise(id = "7.1", title = "The momentum update", file = "optimizers/MomentumStep.java",
        hints = {
            "First the velocity: v[i] = beta * v[i] + grad[i]. Then the weights move along the NEW "
                    + "velocity.",
            "Work on copies (weights.clone(), velocity.clone()): w[i] -= learningRate * v[i] after "
                    + "updating v[i].",
            "For the prediction, write down v and w after steps 1, 2, 3, … by hand; the velocity "
                    + "keeps growing while w is still positive."})
class MomentumStepTest {

    private static MomentumStep.State check(double[] w, double[] v, double[] g, double eta,
            double beta, double[] wantW, double[] wantV) {
        double[] w0 = w.clone(), v0 = v.clone(), g0 = g.clone();
        String call = "MomentumStep.step(w=%s, v=%s, g=%s, η=%s, β=%s)"
                .formatted(array(w), array(v), array(g), number(eta), number(beta));
        var state = MomentumStep.step(w, v, g, eta, beta);
        if (state == null) throw new AssertionError(call + " returned null");
        Expect.near(call + " new velocity", wantV, state.velocity(), 1e-12);
        Expect.near(call + " new weights", wantW, state.weights(), 1e-12);
        Expect.near(call + " must not modify the weights array you were given; it", w0, w, 0);
        Expect.near(call + " must not modify the velocity array you were given; it", v0, v, 0);
        Expect.near(call + " must not modify the gradient array you were given; it", g0, g, 0);
        return state;
    }

    @Test
    void firstTwoStepsOnWSquared() {
        // f(w) = w², g = 2w. Step 1 from w = 1, v = 0: v = 2, w = 1 − 0.1·2 = 0.8.
        var s1 = check(new double[] {1}, new double[] {0}, new double[] {2}, 0.1, 0.9,
                new double[] {0.8}, new double[] {2});
        // Step 2: g = 1.6, v = 0.9·2 + 1.6 = 3.4, w = 0.8 − 0.1·3.4 = 0.46.
        check(s1.weights(), s1.velocity(), new double[] {1.6}, 0.1, 0.9,
                new double[] {0.46}, new double[] {3.4});
    }

    @Test
    void everyEntryOnItsOwn() {
        // v = 0.5·[0.5, 0] + [1, 1] = [1.25, 1]; w = [1, −2] − 0.5·[1.25, 1] = [0.375, −2.5].
        check(new double[] {1, -2}, new double[] {0.5, 0}, new double[] {1, 1}, 0.5, 0.5,
                new double[] {0.375, -2.5}, new double[] {1.25, 1});
    }

    /// The prediction against the engine's `Momentum` run on `f(w) = w²`, so a wrong `step`
    /// cannot make a wrong prediction look right.
    @Test
    void predictionOfTheFirstOvershoot() {
        var w = new Parameter("w", Matrix.row(1.0));
        var momentum = new Momentum(0.1, 0.9);
        List<String> path = new ArrayList<>();
        int first = 0;
        for (int t = 1; first == 0; t++) {
            w.zeroGrad();
            w.grad().set(0, 0, 2 * w.value().item()); // ∂(w²)/∂w = 2w
            momentum.step(List.of(w));
            path.add("w%d = %.4f".formatted(t, w.value().item()));
            if (w.value().item() < 0) first = t;
        }
        int predicted = MomentumStep.predictedFirstOvershoot();
        if (predicted != first) {
            throw new AssertionError("you predicted that w first turns negative after step %d; "
                    .formatted(predicted) + "the steps give " + String.join(", ", path));
        }
    }

    @Test
    void betaZeroIsPlainGradientDescent() {
        // β = 0: v = g = [4, −2], w = [0, 0] − 0.25·[4, −2] = [−1, 0.5].
        check(new double[] {0, 0}, new double[] {9, 9}, new double[] {4, -2}, 0.25, 0,
                new double[] {-1, 0.5}, new double[] {4, -2});
    }
}
