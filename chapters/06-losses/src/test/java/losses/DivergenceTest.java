package losses;

import nn.check.Exercise;
import nn.check.Expect;
import nn.math.Rng;
import org.junit.jupiter.api.Test;

import static nn.check.Expect.array;

@Exercise(id = "6.5", title = "Entropy, cross-entropy, KL",
        file = "losses/Divergence.java",
        hints = {
            "Before you code: what should H(p) be for a one-hot p, and KL(p ‖ p) for any p? The "
                    + "test checks both. A term with pⱼ = 0 contributes nothing, however small "
                    + "qⱼ is: skip it rather than compute 0 · ln 0.",
            "Each function is one loop over j with `if (p[j] > 0)`. Check your three against "
                    + "each other: H(p, q) must equal H(p) + KL(p ‖ q)."})
class DivergenceTest {

    private static String call(String method, double[]... args) {
        var text = new StringBuilder("Divergence." + method + "(");
        for (int i = 0; i < args.length; i++) {
            text.append(i == 0 ? "p=" : ", q=").append(array(args[i]));
        }
        return text + ")";
    }

    @Test
    void knownValues() {
        // By hand (the chapter's example): H(p) ≈ 0.8018, H(p, q) ≈ 0.8869, KL ≈ 0.0851.
        double[] p = {0.7, 0.2, 0.1};
        double[] q = {0.5, 0.3, 0.2};
        double h = -(0.7 * Math.log(0.7) + 0.2 * Math.log(0.2) + 0.1 * Math.log(0.1));
        double ce = -(0.7 * Math.log(0.5) + 0.2 * Math.log(0.3) + 0.1 * Math.log(0.2));
        Expect.near(call("entropy", p), h, Divergence.entropy(p), 1e-12);
        Expect.near(call("crossEntropy", p, q), ce, Divergence.crossEntropy(p, q), 1e-12);
        Expect.near(call("kl", p, q), ce - h, Divergence.kl(p, q), 1e-12);
        double[] uniform = {0.25, 0.25, 0.25, 0.25};
        Expect.near(call("entropy", uniform), Math.log(4), Divergence.entropy(uniform), 1e-12);
    }

    @Test
    void zeroProbabilitiesContributeNothing() {
        double[] oneHot = {0, 1, 0};
        double[] q = {0.2, 0.5, 0.3};
        Expect.near(call("entropy", oneHot) + " (a certain outcome has no entropy)", 0,
                Divergence.entropy(oneHot), 1e-15);
        Expect.near(call("crossEntropy", oneHot, q) + " (one-hot p: −ln q of the true class)",
                -Math.log(0.5), Divergence.crossEntropy(oneHot, q), 1e-12);
        Expect.near(call("kl", oneHot, q) + " (with one-hot p, KL is the cross-entropy)",
                -Math.log(0.5), Divergence.kl(oneHot, q), 1e-12);
        double[] p = {0.5, 0.5, 0};
        double[] r = {0.5, 0.4, 0.1};
        Expect.near(call("kl", p, r), 0.5 * Math.log(0.5 / 0.4), Divergence.kl(p, r), 1e-12);
    }

    @Test
    void crossEntropyIsEntropyPlusKl_andKlIsNeverNegative() {
        Rng rng = new Rng(65);
        for (int trial = 0; trial < 20; trial++) {
            double[] p = randomDistribution(2 + trial % 5, rng);
            double[] q = randomDistribution(p.length, rng);
            double kl = Divergence.kl(p, q);
            if (!(kl >= 0)) {
                throw new AssertionError("%s returned %s: KL divergence is never negative"
                        .formatted(call("kl", p, q), Expect.number(kl)));
            }
            Expect.near(call("crossEntropy", p, q) + " compared with H(p) + KL(p ‖ q)",
                    Divergence.entropy(p) + kl, Divergence.crossEntropy(p, q), 1e-12);
            Expect.near(call("kl", p, p), 0, Divergence.kl(p, p), 1e-12);
        }
    }

    private static double[] randomDistribution(int k, Rng rng) {
        double[] p = new double[k];
        double sum = 0;
        for (int j = 0; j < k; j++) sum += p[j] = rng.uniform(0.01, 1);
        for (int j = 0; j < k; j++) p[j] /= sum;
        return p;
    }
}
