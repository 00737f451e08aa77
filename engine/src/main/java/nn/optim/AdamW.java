package nn.optim;

import nn.layers.Parameter;
import nn.math.Matrix;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/// AdamW (Loshchilov & Hutter, 2019): Adam on the plain gradient, with the weight decay
/// applied directly to the weights, `w ← w − η·(m̂ / (√v̂ + ε) + λ·w)`. Unlike L2 in Adam, the
/// decay is not divided by `√v̂`, so every weight decays at the same rate. Taught in chapters 7
/// and 10.
public final class AdamW implements Optimizer {
    private double learningRate;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final Map<Parameter, Matrix> m = new IdentityHashMap<>(); // first moment per parameter
    private final Map<Parameter, Matrix> v = new IdentityHashMap<>(); // second moment per parameter
    private int t; // steps taken so far

    /// `β₁ = 0.9`, `β₂ = 0.999`, `ε = 1e-8`, `λ = 0.01`.
    public AdamW(double learningRate) {
        this(learningRate, 0.01);
    }

    /// `β₁ = 0.9`, `β₂ = 0.999`, `ε = 1e-8`.
    public AdamW(double learningRate, double weightDecay) {
        this(learningRate, 0.9, 0.999, 1e-8, weightDecay);
    }

    public AdamW(double learningRate, double beta1, double beta2, double eps, double weightDecay) {
        this.learningRate = Hyperparameters.learningRate(learningRate);
        this.beta1 = Hyperparameters.decay("beta1", beta1);
        this.beta2 = Hyperparameters.decay("beta2", beta2);
        this.eps = Hyperparameters.epsilon(eps);
        this.weightDecay = Hyperparameters.weightDecay(weightDecay);
    }

    // tag::adamw-step[]
    public void step(List<Parameter> parameters) {
        t++;
        double correction1 = 1 - Math.pow(beta1, t); // 1 − β₁ᵗ
        double correction2 = 1 - Math.pow(beta2, t); // 1 − β₂ᵗ
        for (Parameter p : parameters) {
            Matrix g = p.grad(), w = p.value();
            Matrix mp = m.computeIfAbsent(p, State::zerosLike);
            Matrix vp = v.computeIfAbsent(p, State::zerosLike);
            for (int k = 0; k < w.size(); k++) { // entry by entry, as in Adam
                double gk = g.get(k);
                mp.set(k, beta1 * mp.get(k) + (1 - beta1) * gk);         // m ← β₁·m + (1 − β₁)·g
                vp.set(k, beta2 * vp.get(k) + (1 - beta2) * (gk * gk));  // v ← β₂·v + (1 − β₂)·g²
                double mHat = mp.get(k) * (1 / correction1);             // m̂ = m/(1 − β₁ᵗ)
                double vHat = vp.get(k) * (1 / correction2);             // v̂ = v/(1 − β₂ᵗ)
                double step = mHat / (Math.sqrt(vHat) + eps) + weightDecay * w.get(k);
                w.set(k, w.get(k) - learningRate * step);   // w ← w − η·(m̂/(√v̂ + ε) + λ·w)
            }
        }
    }
    // end::adamw-step[]

    public double learningRate() { return learningRate; }

    public void setLearningRate(double learningRate) {
        this.learningRate = Hyperparameters.learningRate(learningRate);
    }
}
