package nn.conv;

import nn.beyond.Convolution;

/// The backward pass of the valid cross-correlation `y = x ⋆ k` of chapter 12, one channel,
/// written the way chapter 13 derives it. With `gradOut = ∂L/∂y`:
///
/// - `∂L/∂x = pad(gradOut, K−1) ⋆ flip(k)`: the full convolution of `gradOut` with `k`;
/// - `∂L/∂k = x ⋆ gradOut`: the input cross-correlated with the upstream gradient;
/// - `∂L/∂b = Σ gradOut` for a bias added to every output.
///
/// `Conv2d` computes the same sums for many channels with `Im2col`; the tests check that both
/// agree with each other and with finite differences.
public final class ConvolutionGradients {
    private ConvolutionGradients() {}

    // tag::grad-input[]
    /// `∂L/∂x[p][q] = Σₐ Σ_b gradOut[p−a][q−b]·k[a][b]`: slide the flipped kernel over the
    /// upstream gradient padded with `K − 1` zeros on every side (`kh − 1` above and below,
    /// `kw − 1` left and right).
    public static double[][] gradInput(double[][] gradOut, double[][] kernel) {
        double[][] wide = padded(gradOut, kernel.length - 1, kernel[0].length - 1);
        return Convolution.crossCorrelate2d(wide, flipped(kernel));
    }
    // end::grad-input[]

    // tag::grad-kernel[]
    /// `∂L/∂k[a][b] = Σᵢ Σⱼ gradOut[i][j]·x[i+a][j+b]`: slide the upstream gradient over the input.
    public static double[][] gradKernel(double[][] x, double[][] gradOut) {
        return Convolution.crossCorrelate2d(x, gradOut);
    }
    // end::grad-kernel[]

    /// `∂L/∂b = Σᵢ Σⱼ gradOut[i][j]`.
    public static double gradBias(double[][] gradOut) {
        double sum = 0;
        for (double[] row : gradOut) for (double v : row) sum += v;
        return sum;
    }

    // tag::flip[]
    /// The kernel turned by 180°: `flip(k)[a][b] = k[K−1−a][K−1−b]`.
    public static double[][] flipped(double[][] kernel) {
        int kh = kernel.length, kw = kernel[0].length;
        double[][] out = new double[kh][kw];
        for (int a = 0; a < kh; a++) {
            for (int b = 0; b < kw; b++) out[a][b] = kernel[kh - 1 - a][kw - 1 - b];
        }
        return out;
    }
    // end::flip[]

    /// `image` with `rows` rows of zeros added above and below and `cols` columns of zeros
    /// added left and right.
    public static double[][] padded(double[][] image, int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("padding must not be negative, got %d and %d"
                    .formatted(rows, cols));
        }
        double[][] out = new double[image.length + 2 * rows][image[0].length + 2 * cols];
        for (int i = 0; i < image.length; i++) {
            System.arraycopy(image[i], 0, out[i + rows], cols, image[i].length);
        }
        return out;
    }
}
