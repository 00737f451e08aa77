package nn.math;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/// A dense `rows × cols` matrix of doubles, stored row-major in one flat array:
/// entry `(i, j)` lives at `data[i * cols + j]`. Met in the preface (chapter 0); a batch of `n`
/// examples with `d` features is an `n × d` matrix, one example per row.
///
/// Values are not mutated by ordinary operations (`plus`, `times`, `map`, ... return new
/// matrices). Only the methods whose names say so (`addInPlace`, `accumulate`,
/// `accumulateTransposeTimes`, `scaleInPlace`, `zeroInPlace`, `set`, `copyFrom`,
/// `copyRowsFrom`) change a matrix; optimizers, layers and the training loop use them on
/// their own buffers.
///
/// The sections below, in order: creating matrices, reading entries and parts, arithmetic that
/// returns new matrices, reductions to a number or a row, in-place updates, and checks,
/// equality and printing.
public final class Matrix {
    private final int rows;
    private final int cols;
    private final double[] data;

    private Matrix(int rows, int cols, double[] data) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    // ---- creating matrices ----

    /// Wraps `data` (row-major, not copied) as a `rows × cols` matrix.
    public static Matrix wrap(int rows, int cols, double[] data) {
        int size = size(rows, cols);
        if (data.length != size) {
            throw new IllegalArgumentException("a %d×%d matrix needs %d values, got %d"
                    .formatted(rows, cols, size, data.length));
        }
        return new Matrix(rows, cols, data);
    }

    /// `rows · cols`, checked: neither negative, and no more entries than a Java array holds.
    private static int size(int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("shape must not be negative, got %d×%d"
                    .formatted(rows, cols));
        }
        long size = (long) rows * cols;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(("a %d×%d matrix has %d entries (%.1f GiB), more"
                    + " than a Java array holds (%d)").formatted(rows, cols, size,
                    size * 8.0 / (1L << 30), Integer.MAX_VALUE - 8));
        }
        return (int) size;
    }

    /// A matrix from its rows; all rows must have the same length.
    public static Matrix of(double[]... rows) {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        double[] data = new double[rows.length * cols];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != cols) {
                throw new IllegalArgumentException("row %d has %d values but row 0 has %d"
                        .formatted(i, rows[i].length, cols));
            }
            System.arraycopy(rows[i], 0, data, i * cols, cols);
        }
        return new Matrix(rows.length, cols, data);
    }

    /// A `1 × n` row vector.
    public static Matrix row(double... values) {
        return new Matrix(1, values.length, values.clone());
    }

    /// An `n × 1` column vector.
    public static Matrix column(double... values) {
        return new Matrix(values.length, 1, values.clone());
    }

    /// A `rows × cols` matrix of zeros.
    public static Matrix zeros(int rows, int cols) {
        return wrap(rows, cols, new double[size(rows, cols)]);
    }

    /// A `rows × cols` matrix with every entry equal to `value`.
    public static Matrix filled(int rows, int cols, double value) {
        return zeros(rows, cols).map(ignored -> value);
    }

    /// The `n × n` identity matrix `I`.
    public static Matrix identity(int n) {
        Matrix m = zeros(n, n);
        for (int i = 0; i < n; i++) m.data[i * n + i] = 1;
        return m;
    }

    /// A `n × 1` column of `n` evenly spaced values from `first` to `last` inclusive.
    public static Matrix linspace(double first, double last, int n) {
        if (n < 2) throw new IllegalArgumentException("linspace needs n >= 2, got " + n);
        double step = (last - first) / (n - 1);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) values[i] = first + i * step;
        return new Matrix(n, 1, values);
    }

    /// Entries drawn independently from `N(0, 1)`, scaled by `std`.
    public static Matrix gaussian(int rows, int cols, double std, Rng rng) {
        return zeros(rows, cols).map(ignored -> std * rng.gaussian());
    }

    /// Entries drawn independently and uniformly from `[low, high)`.
    public static Matrix uniform(int rows, int cols, double low, double high, Rng rng) {
        return zeros(rows, cols).map(ignored -> rng.uniform(low, high));
    }

    // ---- reading entries and parts ----

    public int rows() { return rows; }

    public int cols() { return cols; }

    /// The number of entries, `rows · cols`.
    public int size() { return data.length; }

    /// The shape as the book writes it, e.g. `4×3`.
    public String shape() { return rows + "×" + cols; }

    /// The entry in row `i`, column `j` (both from 0).
    public double get(int i, int j) {
        checkIndex(i, j);
        return data[i * cols + j];
    }

    /// The entry at `index` in row-major order, `(index / cols, index % cols)`: a loop over
    /// `index < size()` visits every entry once, the way element-wise updates do.
    public double get(int index) {
        checkIndex(index);
        return data[index];
    }

    /// The single value of a `1 × 1` matrix.
    public double item() {
        if (data.length != 1) {
            throw new IllegalStateException("item() needs a 1×1 matrix, got " + shape());
        }
        return data[0];
    }

    /// A copy of row `i` as an array.
    public double[] rowArray(int i) {
        checkIndex(i, 0);
        return Arrays.copyOfRange(data, i * cols, (i + 1) * cols);
    }

    /// Row `i` as a `1 × cols` matrix.
    public Matrix row(int i) {
        return new Matrix(1, cols, rowArray(i));
    }

    /// The rows listed in `indices`, in that order (a mini-batch).
    public Matrix rows(int[] indices) {
        double[] picked = new double[indices.length * cols];
        for (int r = 0; r < indices.length; r++) {
            checkIndex(indices[r], 0);
            System.arraycopy(data, indices[r] * cols, picked, r * cols, cols);
        }
        return new Matrix(indices.length, cols, picked);
    }

    /// Rows `from` (inclusive) to `to` (exclusive).
    public Matrix rowRange(int from, int to) {
        if (from < 0 || to > rows || from > to) {
            throw new IndexOutOfBoundsException("rows %d..%d of a %s matrix"
                    .formatted(from, to, shape()));
        }
        return new Matrix(to - from, cols, Arrays.copyOfRange(data, from * cols, to * cols));
    }

    /// A copy of all entries, row-major.
    public double[] toArray() { return data.clone(); }

    /// A copy of all entries, one array per row.
    public double[][] toArray2d() {
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) out[i] = rowArray(i);
        return out;
    }

    /// An independent copy: changing one does not change the other.
    public Matrix copy() { return new Matrix(rows, cols, data.clone()); }

    /// The backing array, for kernels in this package only.
    double[] data() { return data; }

    // ---- arithmetic (new matrices) ----

    /// The matrix product `this · other`: `(n × k) · (k × m) → n × m`.
    public Matrix times(Matrix other) {
        return MatMul.multiply(this, other);
    }

    /// `thisᵀ · other` without building the transpose: `(k × n)ᵀ · (k × m) → n × m`.
    public Matrix transposeTimes(Matrix other) {
        return MatMul.multiplyTransposeA(this, other);
    }

    /// `this · otherᵀ` without building the transpose: `(n × k) · (m × k)ᵀ → n × m`.
    public Matrix timesTranspose(Matrix other) {
        return MatMul.multiplyTransposeB(this, other);
    }

    /// The transpose `thisᵀ`: `rows × cols → cols × rows`.
    public Matrix transpose() {
        double[] t = new double[data.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) t[j * rows + i] = data[i * cols + j];
        }
        return new Matrix(cols, rows, t);
    }

    /// `this + other`, entry by entry; shapes must match.
    public Matrix plus(Matrix other) { return zip(other, "plus", Double::sum); }

    /// `this − other`, entry by entry; shapes must match.
    public Matrix minus(Matrix other) { return zip(other, "minus", (a, b) -> a - b); }

    /// The entry-wise (Hadamard) product `this ⊙ other`.
    public Matrix hadamard(Matrix other) { return zip(other, "hadamard", (a, b) -> a * b); }

    /// `this / other`, entry by entry; shapes must match.
    public Matrix divide(Matrix other) { return zip(other, "divide", (a, b) -> a / b); }

    /// `factor · this`.
    public Matrix scale(double factor) { return map(v -> v * factor); }

    /// `value` added to every entry.
    public Matrix plus(double value) { return map(v -> v + value); }

    /// `f` applied to every entry.
    public Matrix map(DoubleUnaryOperator f) {
        double[] out = new double[data.length];
        for (int i = 0; i < data.length; i++) out[i] = f.applyAsDouble(data[i]);
        return new Matrix(rows, cols, out);
    }

    /// `f(this[i], other[i])` for every entry; shapes must match (`what` names the operation in
    /// the error).
    public Matrix zip(Matrix other, String what, DoubleBinaryOperator f) {
        requireSameShape(other, what);
        double[] out = new double[data.length];
        for (int i = 0; i < data.length; i++) out[i] = f.applyAsDouble(data[i], other.data[i]);
        return new Matrix(rows, cols, out);
    }

    /// Adds the `1 × cols` row vector `bias` to every row (broadcasting): `z = x·W + b`.
    public Matrix plusRow(Matrix bias) {
        if (bias.rows != 1 || bias.cols != cols) {
            throw new IllegalArgumentException("plusRow needs a 1×%d row, got %s for a %s matrix"
                    .formatted(cols, bias.shape(), shape()));
        }
        double[] out = new double[data.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) out[i * cols + j] = data[i * cols + j] + bias.data[j];
        }
        return new Matrix(rows, cols, out);
    }

    // ---- reductions ----

    /// The sum of all entries `Σ aᵢⱼ`.
    public double sum() {
        double s = 0;
        for (double v : data) s += v;
        return s;
    }

    /// The mean of all entries `Σ aᵢⱼ / (rows · cols)`.
    public double mean() { return sum() / requireEntries("mean"); }

    /// The sum of each column, as a `1 × cols` row (the bias gradient: `db = Σ rows of dy`).
    public Matrix columnSums() {
        double[] sums = new double[cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) sums[j] += data[i * cols + j];
        }
        return new Matrix(1, cols, sums);
    }

    /// The sum of each row, as a `rows × 1` column.
    public Matrix rowSums() {
        double[] sums = new double[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) sums[i] += data[i * cols + j];
        }
        return new Matrix(rows, 1, sums);
    }

    /// The Frobenius norm `√(Σ aᵢⱼ²)`.
    public double norm() {
        double s = 0;
        for (double v : data) s += v * v;
        return Math.sqrt(s);
    }

    /// The largest entry; a matrix without entries has none.
    public double max() {
        requireEntries("max");
        return Arrays.stream(data).max().orElseThrow();
    }

    /// The smallest entry; a matrix without entries has none.
    public double min() {
        requireEntries("min");
        return Arrays.stream(data).min().orElseThrow();
    }

    /// The number of entries; throws, naming `what` and the shape, if there are none.
    private int requireEntries(String what) {
        if (data.length == 0) {
            throw new IllegalArgumentException("%s of a %s matrix: it has no entries"
                    .formatted(what, shape()));
        }
        return data.length;
    }

    /// The column index of the largest entry of row `i` (the predicted class).
    public int argmaxOfRow(int i) {
        checkIndex(i, 0);
        int best = 0;
        for (int j = 1; j < cols; j++) if (data[i * cols + j] > data[i * cols + best]) best = j;
        return best;
    }

    // ---- in-place updates (layers and optimizers only) ----

    /// Sets the entry in row `i`, column `j` to `value`.
    public void set(int i, int j, double value) {
        checkIndex(i, j);
        data[i * cols + j] = value;
    }

    /// Sets the entry at `index` in row-major order (see `get(int)`) to `value`.
    public void set(int index, double value) {
        checkIndex(index);
        data[index] = value;
    }

    /// `this += other`, entry by entry (gradients accumulate).
    public void accumulate(Matrix other) {
        addInPlace(other, 1);
    }

    /// `this += factor · other`, entry by entry (an optimizer step).
    public void addInPlace(Matrix other, double factor) {
        requireSameShape(other, "addInPlace");
        for (int i = 0; i < data.length; i++) data[i] += factor * other.data[i];
    }

    /// `this += aᵀ · b` without building the product first (a weight gradient, `dW += xᵀ·dy`):
    /// `this` is `n × m` for `(k × n)ᵀ · (k × m)`.
    public void accumulateTransposeTimes(Matrix a, Matrix b) {
        MatMul.accumulateTransposeA(a, b, this);
    }

    /// `this *= factor`, entry by entry.
    public void scaleInPlace(double factor) {
        for (int i = 0; i < data.length; i++) data[i] *= factor;
    }

    /// Sets every entry to 0 (a gradient buffer before the next backward pass).
    public void zeroInPlace() { Arrays.fill(data, 0); }

    /// Copies the rows of `source` listed in `indices` into this matrix, in that order: a
    /// mini-batch gathered into a buffer that every batch reuses (`rows(indices)` makes a new
    /// matrix instead). This matrix must be `indices.length × source.cols`.
    public void copyRowsFrom(Matrix source, int[] indices) {
        if (rows != indices.length || cols != source.cols) {
            throw new IllegalArgumentException("copyRowsFrom needs a %d×%d matrix, got %s"
                    .formatted(indices.length, source.cols, shape()));
        }
        for (int r = 0; r < indices.length; r++) {
            source.checkIndex(indices[r], 0);
            System.arraycopy(source.data, indices[r] * cols, data, r * cols, cols);
        }
    }

    /// Copies `other`'s entries into this matrix.
    public void copyFrom(Matrix other) {
        requireSameShape(other, "copyFrom");
        System.arraycopy(other.data, 0, data, 0, data.length);
    }

    // ---- checks, equality and printing ----

    /// Throws an `IllegalArgumentException` naming `what` and both shapes unless they are equal.
    public void requireSameShape(Matrix other, String what) {
        if (rows != other.rows || cols != other.cols) {
            throw new IllegalArgumentException("%s needs equal shapes, got %s and %s"
                    .formatted(what, shape(), other.shape()));
        }
    }

    /// Throws, naming the first entry that is NaN or infinite, unless every entry is finite:
    /// `"<what> has NaN at row 3, column 1"`.
    public void requireFinite(String what) {
        for (int k = 0; k < data.length; k++) {
            if (!Double.isFinite(data[k])) {
                throw new IllegalArgumentException("%s has %s at row %d, column %d"
                        .formatted(what, data[k], k / cols, k % cols));
            }
        }
    }

    private void checkIndex(int i, int j) {
        if (i < 0 || i >= rows || j < 0 || j >= cols) {
            throw new IndexOutOfBoundsException("entry (%d, %d) is outside a %s matrix"
                    .formatted(i, j, shape()));
        }
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= data.length) {
            throw new IndexOutOfBoundsException("entry %d is outside a %s matrix (%d entries)"
                    .formatted(index, shape(), data.length));
        }
    }

    /// The first entry that is NaN or infinite as `"(i, j) = v"`, or `null` when all are finite.
    public String firstNonFinite() {
        for (int k = 0; k < data.length; k++) {
            if (!Double.isFinite(data[k])) {
                return "(%d, %d) = %s".formatted(k / cols, k % cols, data[k]);
            }
        }
        return null;
    }

    /// Equal shapes and exactly equal entries (no tolerance).
    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m
                && rows == m.rows && cols == m.cols && Arrays.equals(data, m.data);
    }

    @Override
    public int hashCode() { return 31 * (31 * rows + cols) + Arrays.hashCode(data); }

    /// Rows in brackets with 4 decimals, e.g. `[[0.5000, -0.3000], [0.8000, 0.2000]]`.
    @Override
    public String toString() { return format("%.4f"); }

    /// Rows in brackets, each entry printed with `entryFormat` (e.g. `"%.6f"`).
    public String format(String entryFormat) {
        var out = new StringBuilder("[");
        for (int i = 0; i < rows; i++) {
            out.append(i == 0 ? "[" : ", [");
            for (int j = 0; j < cols; j++) {
                if (j > 0) out.append(", ");
                out.append(entryFormat.formatted(data[i * cols + j]));
            }
            out.append(']');
        }
        return out.append(']').toString();
    }
}
