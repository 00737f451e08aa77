package nn.conv;

import nn.layers.Layer;
import nn.math.Matrix;

/// Max pooling: each channel is cut into `size × size` windows that do not overlap, and each
/// window is replaced by its largest value. Taught in chapter 13.
///
/// Input `n × (c·h·w)`, output `n × (c·(h/size)·(w/size))`, both in the layout of `Volume`;
/// `h` and `w` must be multiples of `size`. No parameters. Backward sends each window's
/// gradient to the one input that was the maximum (the first one on a tie) and 0 to the rest.
public final class MaxPool2d implements Layer {
    private final Volume in;
    private final Volume out;
    private final int size;
    private int[] argmax; // written by forward, read by backward: the input index of each max
    private int rows;     // the batch size of the last forward

    public MaxPool2d(Volume in, int size) {
        if (size < 1 || in.height() % size != 0 || in.width() % size != 0) {
            throw new IllegalArgumentException("pooling windows of %d×%d must tile a %s input"
                    .formatted(size, size, in));
        }
        this.in = in;
        this.out = new Volume(in.channels(), in.height() / size, in.width() / size);
        this.size = size;
    }

    public Volume in() { return in; }

    public Volume out() { return out; }

    // tag::pool-forward[]
    public Matrix forward(Matrix x) {
        if (x.cols() != in.size()) {
            throw new IllegalArgumentException("%s expects rows of %d values (%s), got %s"
                    .formatted(describe(), in.size(), in, x.shape()));
        }
        rows = x.rows();
        argmax = new int[rows * out.size()];
        double[] y = new double[rows * out.size()];
        for (int e = 0; e < rows; e++) {
            double[] row = x.rowArray(e);
            for (int c = 0; c < out.channels(); c++) {
                for (int i = 0; i < out.height(); i++) {
                    for (int j = 0; j < out.width(); j++) {
                        int best = windowArgmax(row, c, i * size, j * size);
                        int o = e * out.size() + out.index(c, i, j);
                        y[o] = row[best];
                        argmax[o] = best;
                    }
                }
            }
        }
        return Matrix.wrap(rows, out.size(), y);
    }

    /// The index in `row` of the largest value in the window whose top left is `(top, left)`.
    private int windowArgmax(double[] row, int c, int top, int left) {
        int best = in.index(c, top, left);
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < size; b++) {
                int at = in.index(c, top + a, left + b);
                if (row[at] > row[best]) best = at;
            }
        }
        return best;
    }
    // end::pool-forward[]

    // tag::pool-backward[]
    public Matrix backward(Matrix gradOut) {
        if (argmax == null) {
            throw new IllegalStateException(describe() + ": backward before forward");
        }
        if (gradOut.rows() != rows || gradOut.cols() != out.size()) {
            throw new IllegalArgumentException("%s backward expects gradOut of shape %d×%d, got %s"
                    .formatted(describe(), rows, out.size(), gradOut.shape()));
        }
        double[] dy = gradOut.toArray();
        double[] gradIn = new double[rows * in.size()];
        for (int o = 0; o < dy.length; o++) {
            int e = o / out.size();
            gradIn[e * in.size() + argmax[o]] += dy[o]; // only the maximum moved the output
        }
        return Matrix.wrap(rows, in.size(), gradIn);
    }
    // end::pool-backward[]

    public String describe() {
        return "MaxPool2d(%d×%d)".formatted(size, size);
    }
}
