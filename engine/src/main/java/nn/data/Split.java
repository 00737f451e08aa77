package nn.data;

import nn.math.Rng;

/// A data set cut in two: `train` to fit the parameters, `test` to measure how well the fitted
/// model does on examples it never saw. Taught in chapter 10.
public record Split(Dataset train, Dataset test) {

    // tag::train-test-split[]
    /// Shuffles `data` with `rng`, then puts `round(n · testFraction)` examples in `test` and
    /// the rest in `train` (like scikit-learn's `train_test_split`).
    public static Split trainTestSplit(Dataset data, double testFraction, Rng rng) {
        int testSize = (int) Math.round(data.size() * testFraction);
        if (!(testFraction > 0 && testFraction < 1) || testSize < 1 || testSize >= data.size()) {
            throw new IllegalArgumentException(
                    "testFraction %s of %d examples gives %d test examples; both parts need some"
                            .formatted(testFraction, data.size(), testSize));
        }
        return atRow(data.shuffled(rng), data.size() - testSize);
    }
    // end::train-test-split[]

    /// No shuffling: the first `trainSize` examples are `train`, the rest are `test` (for data
    /// whose order is already fixed and documented, like the MNIST file).
    public static Split atRow(Dataset data, int trainSize) {
        if (trainSize < 1 || trainSize >= data.size()) {
            throw new IllegalArgumentException("trainSize must be in 1..%d for %d examples, got %d"
                    .formatted(data.size() - 1, data.size(), trainSize));
        }
        Dataset train = data.first(trainSize).named(data.name() + " (train)");
        Dataset test = data.last(data.size() - trainSize).named(data.name() + " (test)");
        return new Split(train, test);
    }
}
