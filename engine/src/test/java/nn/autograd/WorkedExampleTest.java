package nn.autograd;

import nn.activations.Activation;
import nn.math.Matrix;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/// The 2-3-1 sigmoid network worked by hand in the book: forward values and backpropagated
/// gradients, computed twice (matrices in our row convention, and scalar `Value` nodes).
///
/// The book writes it with column vectors: `z1 = W1·x + b1`, `a1 = σ(z1)`, `z2 = W2·a1 + b2`,
/// `a2 = σ(z2)`, `C = ½(a2 − y)²`, with `δ2 = (a2 − y)·σ'(z2)`, `δ1 = (W2ᵀδ2) ⊙ σ'(z1)`,
/// `dW2 = δ2·a1ᵀ`, `db2 = δ2`, `dW1 = δ1·xᵀ`, `db1 = δ1`.
class WorkedExampleTest {
    private static final double[][] W1 = {{0.5, -0.3}, {0.8, 0.2}, {-0.1, 0.9}}; // 3 × 2
    private static final double[] B1 = {0.1, 0.2, -0.1};
    private static final double[] W2 = {-0.2, 0.4, 0.6}; // the single row of the 1 × 3 W2
    private static final double B2 = 0.3;
    private static final double[] X = {1, 2};
    private static final double Y = 0.5;

    // Expected values computed once, independently of this code base, with Python's decimal
    // module at 30 significant digits (σ(z) = 1/(1 + exp(−z)), formulas as in the class comment),
    // then rounded here to 17-18 digits.
    private static final double[] Z1 = {0, 1.4, 1.6};
    private static final double[] A1 = {0.5, 0.80218388855858174815, 0.83201838513392448184};
    private static final double Z2 = 1.0200845865037873884;
    private static final double A2 = 0.73498907556457601075;
    private static final double C = 0.027609932817347007192;
    private static final double DELTA2 = 0.045771203712847156885;
    private static final double[] DELTA1 =
            {-0.0022885601856423578442, 0.0029052795077696190522, 0.0038382941953488713470};
    private static final double[] DW2 =
            {0.022885601856423578442, 0.036716922178378726844, 0.038082482998798979963};
    private static final double[][] DW1 = { // δ1·xᵀ with x = (1, 2)
            {-0.0022885601856423578442, -0.0045771203712847156885},
            {0.0029052795077696190522, 0.0058105590155392381045},
            {0.0038382941953488713470, 0.0076765883906977426941}};

    private static final double TOLERANCE = 1e-12;

    // Our convention: x is a 1 × 2 row, W = W1ᵀ is 2 × 3 and z = x·W + b; gradients come out
    // transposed relative to the book's column form (dW = xᵀ·δ is the book's (δ·xᵀ)ᵀ).
    @Test
    void matrixForwardAndBackward_reproduceHandWorkedValues() {
        var sigmoid = new Activation.Sigmoid();
        Matrix x = Matrix.row(X);
        Matrix w1 = Matrix.of(W1).transpose(); // 2 × 3
        Matrix w2 = Matrix.row(W2).transpose(); // 3 × 1
        Matrix z1 = x.times(w1).plusRow(Matrix.row(B1));
        Matrix a1 = sigmoid.apply(z1);
        Matrix z2 = a1.times(w2).plusRow(Matrix.row(B2));
        Matrix a2 = sigmoid.apply(z2);
        double c = 0.5 * Math.pow(a2.item() - Y, 2);

        Matrix delta2 = a2.plus(-Y).hadamard(sigmoid.derivative(z2)); // (a2 − y)·σ'(z2)
        Matrix gradW2 = a1.transpose().times(delta2); // dW2 = a1ᵀ·δ2, 3 × 1
        Matrix delta1 = delta2.times(w2.transpose()).hadamard(sigmoid.derivative(z1)); // 1 × 3
        Matrix gradW1 = x.transpose().times(delta1); // dW1 = xᵀ·δ1, 2 × 3

        assertArrayEquals(Z1, z1.toArray(), TOLERANCE);
        assertArrayEquals(A1, a1.toArray(), TOLERANCE);
        assertEquals(Z2, z2.item(), TOLERANCE);
        assertEquals(A2, a2.item(), TOLERANCE);
        assertEquals(C, c, TOLERANCE);
        assertEquals(DELTA2, delta2.item(), TOLERANCE); // also db2
        assertArrayEquals(DELTA1, delta1.toArray(), TOLERANCE); // also db1
        assertArrayEquals(DW2, gradW2.toArray(), TOLERANCE);
        assertArrayEquals(Matrix.of(DW1).transpose().toArray(), gradW1.toArray(), TOLERANCE);
    }

    // The same network, one Value per number, in the book's column form.
    @Test
    void valueGraph_givesTheSameLossAndGradients() {
        Value[][] w1 = new Value[3][2];
        Value[] b1 = new Value[3];
        Value[] w2 = new Value[3];
        Value b2 = Value.of(B2).label("b2");
        Value[] a1 = new Value[3];
        Value z2 = b2;
        for (int i = 0; i < 3; i++) {
            Value z1 = b1[i] = Value.of(B1[i]).label("b1_" + i);
            for (int j = 0; j < 2; j++) {
                w1[i][j] = Value.of(W1[i][j]).label("w1_" + i + j);
                z1 = z1.add(w1[i][j].mul(X[j])); // z1ᵢ = bᵢ + Σⱼ W1ᵢⱼ·xⱼ
            }
            a1[i] = z1.sigmoid();
            w2[i] = Value.of(W2[i]).label("w2_" + i);
            z2 = z2.add(w2[i].mul(a1[i])); // z2 = b2 + Σᵢ W2ᵢ·a1ᵢ
        }
        Value a2 = z2.sigmoid();
        Value c = a2.sub(Y).pow(2).mul(0.5); // C = ½(a2 − y)²
        c.backward();

        assertEquals(C, c.data(), TOLERANCE);
        assertEquals(A2, a2.data(), TOLERANCE);
        assertEquals(DELTA2, b2.grad(), TOLERANCE);
        for (int i = 0; i < 3; i++) {
            assertEquals(A1[i], a1[i].data(), TOLERANCE);
            assertEquals(DW2[i], w2[i].grad(), TOLERANCE);
            assertEquals(DELTA1[i], b1[i].grad(), TOLERANCE);
            for (int j = 0; j < 2; j++) assertEquals(DW1[i][j], w1[i][j].grad(), TOLERANCE);
        }
    }
}
