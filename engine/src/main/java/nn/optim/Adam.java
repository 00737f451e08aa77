package nn.optim;

import nn.layers.Parameter;
import nn.math.Matrix;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/// Adam (Kingma & Ba, 2014): moments `m ← β₁·m + (1 − β₁)·g`, `v ← β₂·v + (1 − β₂)·g²`,
/// bias-corrected `m̂ = m/(1 − β₁ᵗ)`, `v̂ = v/(1 − β₂ᵗ)`, then `w ← w − η·m̂ / (√v̂ + ε)`.
/// Taught in chapter 7. An optional L2 weight decay `λ` is added to the gradient first
/// (`g = ∂L/∂w + λ·w`, coupled; see `AdamW` for the decoupled form).
public final class Adam implements Optimizer {
    private double learningRate;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final Map<Parameter, Matrix> m = new IdentityHashMap<>(); // first moment per parameter
    private final Map<Parameter, Matrix> v = new IdentityHashMap<>(); // second moment per parameter
    private int t; // steps taken so far

    /// `β₁ = 0.9`, `β₂ = 0.999`, `ε = 1e-8`, no weight decay.
    public Adam(double learningRate) {
        this(learningRate, 0.9, 0.999, 1e-8);
    }

    public Adam(double learningRate, double beta1, double beta2, double eps) {
        this(learningRate, beta1, beta2, eps, 0);
    }

    public Adam(double learningRate, double beta1, double beta2, double eps, double weightDecay) {
        this.learningRate = Hyperparameters.learningRate(learningRate);
        this.beta1 = Hyperparameters.decay("beta1", beta1);
        this.beta2 = Hyperparameters.decay("beta2", beta2);
        this.eps = Hyperparameters.epsilon(eps);
        this.weightDecay = Hyperparameters.weightDecay(weightDecay);
    }

    // tag::adam-step[]
    public void step(List<Parameter> parameters) {
        t++;
        double correction1 = 1 - Math.pow(beta1, t); // 1 − β₁ᵗ
        double correction2 = 1 - Math.pow(beta2, t); // 1 − β₂ᵗ
        for (Parameter p : parameters) {
            Matrix g = WeightDecay.l2(p, weightDecay), w = p.value();
            Matrix mp = m.computeIfAbsent(p, State::zerosLike);
            Matrix vp = v.computeIfAbsent(p, State::zerosLike);
            for (int k = 0; k < w.size(); k++) { // entry by entry, in one pass over memory
                double gk = g.get(k);
                mp.set(k, beta1 * mp.get(k) + (1 - beta1) * gk);         // m ← β₁·m + (1 − β₁)·g
                vp.set(k, beta2 * vp.get(k) + (1 - beta2) * (gk * gk));  // v ← β₂·v + (1 − β₂)·g²
                double mHat = mp.get(k) * (1 / correction1);             // m̂ = m/(1 − β₁ᵗ)
                double vHat = vp.get(k) * (1 / correction2);             // v̂ = v/(1 − β₂ᵗ)
                double step = mHat / (Math.sqrt(vHat) + eps);
                w.set(k, w.get(k) - learningRate * step);                // w ← w − η·m̂/(√v̂ + ε)
            }
        }
    }
    // end::adam-step[]

    public double learningRate() { return learningRate; }

    public void setLearningRate(double learningRate) {
        this.learningRate = Hyperparameters.learningRate(learningRate);
    }
}
