///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.activations.Softmax;
import nn.gradcheck.GradientCheck;
import nn.gradcheck.Report;
import nn.losses.CategoricalCrossEntropy;
import nn.losses.SoftmaxCrossEntropy;
import nn.math.Matrix;
import nn.math.Rng;

/// Chapter 6: the gradient of softmax + cross-entropy is (ŷ − y)/n, checked three ways.
void main() {
    var rng = new Rng(6);
    Matrix z = Matrix.gaussian(4, 3, 2, rng);                       // 4 examples, 3 classes
    Matrix y = Matrix.of(new double[] {1, 0, 0}, new double[] {0, 0, 1},
            new double[] {0, 1, 0}, new double[] {0, 0, 1});         // one-hot targets
    // tag::check[]
    var loss = new SoftmaxCrossEntropy();
    Matrix analytic = loss.gradient(z, y); // (softmax(z) − y)/n
    Report report = GradientCheck.compare("z", z, m -> loss.value(m, y),
            analytic);
    // end::check[]
    IO.print(report.table());
    IO.println("largest relative error: %.1e".formatted(report.maxRelativeError()));
    IO.println("passed at 1e-7: " + report.passed(1e-7));
    // expect: passed at 1e-7: true

    // tag::chain[]
    Matrix yHat = Softmax.apply(z);
    var crossEntropy = new CategoricalCrossEntropy();
    Matrix gradYHat = crossEntropy.gradient(yHat, y);  // −(y/ŷ)/n
    Matrix chained = Softmax.backward(yHat, gradYHat); // through the Jacobian
    Matrix shortcut = yHat.minus(y).scale(1.0 / z.rows()); // (ŷ − y)/n
    // end::chain[]
    IO.println("largest |chained − shortcut|: %.1e"
            .formatted(chained.minus(shortcut).map(Math::abs).max()));
    IO.println("each gradient row sums to 0: largest |row sum| = %.1e"
            .formatted(analytic.rowSums().map(Math::abs).max()));
}
