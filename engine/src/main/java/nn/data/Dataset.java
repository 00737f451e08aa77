package nn.data;

import java.util.Arrays;
import java.util.Objects;
import nn.math.Matrix;
import nn.math.Rng;

/// A data set: inputs `x` (`n × d`, one example per row), targets `y` (`n × k`), and for
/// classification the class of each example in `labels` (`null` for regression). Taught in
/// chapter 3, where batches first appear.
///
/// The constructor rejects row counts that differ and NaN or infinite entries, so a broken data
/// set fails where it is made rather than as a NaN loss many epochs later. `labels` is copied in
/// and out, so a `Dataset` cannot change after it is made.
public record Dataset(Matrix x, Matrix y, int[] labels, String name) {

    // tag::dataset-checks[]
    public Dataset {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(name, "name");
        if (x.rows() != y.rows()) {
            throw new IllegalArgumentException(
                    "%s: x and y need one row per example, got x %s and y %s"
                            .formatted(name, x.shape(), y.shape()));
        }
        requireFinite(name, "x", x);
        requireFinite(name, "y", y);
        if (labels != null) labels = checkedLabels(name, labels, x.rows());
    }
    // end::dataset-checks[]

    /// A data set without class labels (regression).
    public Dataset(Matrix x, Matrix y, String name) {
        this(x, y, null, name);
    }

    /// A copy of the class labels, or `null` when the data set has none.
    @Override
    public int[] labels() { return labels == null ? null : labels.clone(); }

    public boolean hasLabels() { return labels != null; }

    /// The class of example `i`.
    public int label(int i) {
        if (labels == null) throw new IllegalStateException(name + " has no class labels");
        return labels[i];
    }

    /// The number of examples `n`.
    public int size() { return x.rows(); }

    /// The number of input features `d`.
    public int features() { return x.cols(); }

    /// The examples listed in `indices`, in that order (a mini-batch or a shuffled copy).
    public Dataset rows(int[] indices) {
        int[] picked = null;
        if (labels != null) {
            picked = new int[indices.length];
            for (int r = 0; r < indices.length; r++) picked[r] = labels[indices[r]];
        }
        return new Dataset(x.rows(indices), y.rows(indices), picked, name);
    }

    /// Examples `from` (inclusive) to `to` (exclusive).
    public Dataset rowRange(int from, int to) {
        int[] picked = labels == null ? null : Arrays.copyOfRange(labels, from, to);
        return new Dataset(x.rowRange(from, to), y.rowRange(from, to), picked, name);
    }

    /// The first `count` examples.
    public Dataset first(int count) { return rowRange(0, count); }

    /// The last `count` examples.
    public Dataset last(int count) { return rowRange(size() - count, size()); }

    /// All examples in a random order drawn from `rng`.
    public Dataset shuffled(Rng rng) { return rows(rng.permutation(size())); }

    /// The same targets and labels with new inputs (e.g. standardized ones).
    public Dataset withX(Matrix newX) { return new Dataset(newX, y, labels, name); }

    /// The same data under another name.
    public Dataset named(String newName) { return new Dataset(x, y, labels, newName); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && x.equals(d.x) && y.equals(d.y)
                && Arrays.equals(labels, d.labels) && name.equals(d.name);
    }

    @Override
    public int hashCode() { return Objects.hash(x, y, Arrays.hashCode(labels), name); }

    /// For example `moons: 200 examples, x 200×2, y 200×1, labelled`.
    @Override
    public String toString() {
        return "%s: %d examples, x %s, y %s%s"
                .formatted(name, size(), x.shape(), y.shape(), labels == null ? "" : ", labelled");
    }

    private static void requireFinite(String name, String which, Matrix m) {
        String bad = m.firstNonFinite();
        if (bad != null) {
            throw new IllegalArgumentException(
                    "%s: %s must hold finite numbers, but at (row, column) %s"
                            .formatted(name, which, bad));
        }
    }

    private static int[] checkedLabels(String name, int[] labels, int rows) {
        if (labels.length != rows) {
            throw new IllegalArgumentException("%s: %d labels for %d examples"
                    .formatted(name, labels.length, rows));
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException("%s: label at row %d is %d, must be >= 0"
                        .formatted(name, i, labels[i]));
            }
        }
        return labels.clone();
    }
}
