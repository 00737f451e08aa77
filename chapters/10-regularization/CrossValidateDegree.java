///usr/bin/env sh "$(dirname "$0")/../../jbang" "$0" "$@" ; exit $?
//JAVA 25+
//SOURCES ../../engine/src/main/java/**.java

import nn.data.Dataset;
import nn.data.KFold;
import nn.data.Split;
import nn.math.LeastSquares;
import nn.math.Matrix;
import nn.math.Rng;

/// Chapter 10: choosing the degree of a polynomial fit to 30 noisy points by 5-fold
/// cross-validation, and checking the choice against the error on 10,000 fresh points.
void main() {
    var rng = new Rng(12);
    DoubleUnaryOperator f = x -> Math.sin(3 * x);
    Matrix x = Matrix.uniform(30, 1, -1, 1, rng);
    var data = new Dataset(x, x.map(f).plus(Matrix.gaussian(30, 1, 0.3, rng)), "sin 3x");
    Matrix xNew = Matrix.uniform(10_000, 1, -1, 1, rng);
    Matrix yNew = xNew.map(f).plus(Matrix.gaussian(10_000, 1, 0.3, rng));
    List<Split> folds = KFold.splits(data, 5, new Rng(1));
    IO.println("degree   training MSE   5-fold CV MSE   MSE on 10,000 new points");
    int chosen = -1;
    double bestCv = Double.POSITIVE_INFINITY;
    for (int degree = 0; degree <= 8; degree++) {
        // tag::cross-validate[]
        double cv = 0;
        for (Split fold : folds) {                       // train on 4 folds, validate on the 5th
            Matrix w = fit(fold.train(), degree);
            cv += mse(fold.test(), w, degree) * fold.test().size() / data.size();
        }
        // end::cross-validate[]
        Matrix w = fit(data, degree);                     // the final fit uses all 30 points
        double test = LeastSquares.powers(xNew, degree).times(w).minus(yNew)
                .map(r -> r * r).mean();
        IO.println("%6d   %12.4f   %13.4f   %24.4f".formatted(degree, mse(data, w, degree), cv,
                test));
        if (cv < bestCv) { bestCv = cv; chosen = degree; }
    }
    IO.println("cross-validation chooses degree " + chosen);
}

Matrix fit(Dataset d, int degree) {
    return LeastSquares.solve(LeastSquares.powers(d.x(), degree), d.y(), 1e-10);
}

double mse(Dataset d, Matrix w, int degree) {
    return LeastSquares.powers(d.x(), degree).times(w).minus(d.y()).map(r -> r * r).mean();
}
// expect: cross-validation chooses degree 4
