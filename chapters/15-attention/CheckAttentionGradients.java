///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.activations.Activation;
import nn.attention.LayerNorm;
import nn.attention.SelfAttention;
import nn.attention.TransformerBlock;
import nn.gradcheck.GradientCheck;
import nn.gradcheck.Report;
import nn.layers.Layer;
import nn.math.Matrix;
import nn.math.Rng;

import java.util.LinkedHashMap;

/// Chapter 15: gradient checks of self-attention, layer normalization and a transformer block.
void main() {
    var rng = new Rng(15);
    Matrix x = Matrix.gaussian(8, 4, 1, rng); // 2 sequences of 4 tokens, 4 numbers each
    // tag::check[]
    var layers = new LinkedHashMap<String, Layer>();
    layers.put("self-attention", new SelfAttention(4, 3, 4, false, rng));
    layers.put("causal self-attention", new SelfAttention(4, 3, 4, true, rng));
    layers.put("layer norm", new LayerNorm(4));
    var tanh = new Activation.Tanh(); // smooth: no kink for a finite difference to straddle
    layers.put("pre-norm block", TransformerBlock.preNorm(4, 8, 4, false, tanh, rng));
    layers.put("post-norm block", TransformerBlock.postNorm(4, 8, 4, true, tanh, rng));
    layers.forEach((name, layer) -> {
        Report report = GradientCheck.layer(layer, x, rng);
        // end::check[]
        String error = report.maxRelativeError() < 1e-7 ? "below 1e-7"
                : "%.1e".formatted(report.maxRelativeError());
        IO.println("%-22s %4d numbers checked, largest relative error %s"
                .formatted(name, report.entries().size(), error));
    });
    // expect: self-attention           72 numbers checked, largest relative error below 1e-7
    // expect: causal self-attention    72 numbers checked, largest relative error below 1e-7
    // expect: layer norm               40 numbers checked, largest relative error below 1e-7
    // expect: pre-norm block          172 numbers checked, largest relative error below 1e-7
    // expect: post-norm block         172 numbers checked, largest relative error below 1e-7
}
