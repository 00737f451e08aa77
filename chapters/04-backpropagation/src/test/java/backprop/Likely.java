package backprop;

import nn.math.Matrix;

import java.util.Map;

/// Helpers for the chapter 4 tests: name the likely cause of a wrong answer by comparing it with
/// the results of the usual mistakes.
final class Likely {
    private Likely() {}

    static boolean same(Matrix a, Matrix b) {
        if (a == null || b == null || a.rows() != b.rows() || a.cols() != b.cols()) return false;
        return a.minus(b).map(Math::abs).max() < 1e-9;
    }

    /// The description of the first mistake whose result equals `actual`, as " Likely cause: …",
    /// or an empty string.
    static String cause(Matrix actual, Map<String, Matrix> mistakes) {
        for (var m : mistakes.entrySet()) {
            if (same(actual, m.getValue())) return " Likely cause: " + m.getKey();
        }
        return "";
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
