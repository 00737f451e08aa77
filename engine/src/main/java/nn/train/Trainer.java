package nn.train;

import nn.layers.Layer;
import nn.layers.Parameter;
import nn.losses.Loss;
import nn.math.Matrix;
import nn.math.Rng;
import nn.optim.GradientClipping;
import nn.optim.LearningRateSchedule;
import nn.optim.Optimizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/// Mini-batch training: each epoch shuffles the rows, and each batch runs forward, loss,
/// backward and one optimizer step. Taught in chapter 4 (the loop) and chapter 10 (the
/// options). Settings are chained, then `fit` runs:
///
/// ```java
/// History history = new Trainer(new MeanSquaredError(), new SGD(0.5))
///         .epochs(2000).batchSize(4).shuffle(new Rng(1))
///         .fit(model, x, y);
/// ```
///
/// Defaults: 100 epochs, batch size 32, shuffling with `new Rng(0)`, no validation, no metrics,
/// no early stopping, no schedule, no clipping, progress shown on a terminal after 2 s.
public final class Trainer {
    private final Loss loss;
    private final Optimizer optimizer;
    private int epochs = 100;
    private int batchSize = 32;
    private Rng rng = new Rng(0);          // null: no shuffling
    private double validationSplit = 0;
    private Matrix xVal, yVal;             // given validation data, or null
    private List<Metric> metrics = List.of();
    private int patience = 0;              // 0: no early stopping
    private boolean restoreBest = true;
    private LearningRateSchedule schedule; // null: keep the optimizer's learning rate
    private double clipNorm = 0;           // 0: no clipping
    private boolean verbose = true;

    public Trainer(Loss loss, Optimizer optimizer) {
        this.loss = loss;
        this.optimizer = optimizer;
    }

    public Trainer epochs(int epochs) {
        this.epochs = atLeastOne("epochs", epochs);
        return this;
    }

    public Trainer batchSize(int batchSize) {
        this.batchSize = atLeastOne("batch size", batchSize);
        return this;
    }

    /// Shuffles the rows at the start of every epoch with `rng` (`null`: keep their order).
    public Trainer shuffle(Rng rng) {
        this.rng = rng;
        return this;
    }

    /// Holds out the last `fraction` of the rows (`0 ≤ fraction < 1`) for validation.
    public Trainer validationSplit(double fraction) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException(
                    "validation split must be in [0, 1), got " + fraction);
        }
        this.validationSplit = fraction;
        return this;
    }

    /// Validates on the given data after every epoch.
    public Trainer validationData(Matrix xVal, Matrix yVal) {
        TrainingData.check("xVal", "yVal", xVal, yVal);
        this.xVal = xVal;
        this.yVal = yVal;
        return this;
    }

    public Trainer metrics(Metric... metrics) {
        this.metrics = List.of(metrics);
        return this;
    }

    /// Stops after `patience` epochs without a lower monitored loss (validation loss if there
    /// is validation data, else training loss); if `restoreBest`, the weights of the best
    /// epoch are put back when training ends.
    public Trainer earlyStopping(int patience, boolean restoreBest) {
        this.patience = atLeastOne("patience", patience);
        this.restoreBest = restoreBest;
        return this;
    }

    public Trainer earlyStopping(int patience) {
        return earlyStopping(patience, true);
    }

    public Trainer schedule(LearningRateSchedule schedule) {
        this.schedule = schedule;
        return this;
    }

    /// Clips the gradients to global norm `maxNorm` before every step.
    public Trainer clipGradients(double maxNorm) {
        if (!(maxNorm > 0)) {
            throw new IllegalArgumentException("maxNorm must be > 0, got " + maxNorm);
        }
        this.clipNorm = maxNorm;
        return this;
    }

    /// `false` never shows progress, even on a terminal.
    public Trainer verbose(boolean verbose) {
        this.verbose = verbose;
        return this;
    }

    // tag::fit[]
    /// Trains `model` on `x` (`n × d`) and `y` (`n × k`); returns what happened per epoch.
    public History fit(Layer model, Matrix x, Matrix y) {
        TrainingData data = TrainingData.of(x, y, validationSplit, xVal, yVal);
        List<Parameter> parameters = model.parameters();
        EarlyStopping stopping = patience > 0 ? new EarlyStopping(patience) : null;
        Progress progress = new Progress(verbose, epochs, metrics);
        List<History.Epoch> log = new ArrayList<>();
        boolean stop = false;
        for (int epoch = 1; epoch <= epochs && !stop; epoch++) {
            if (schedule != null) optimizer.setLearningRate(schedule.rate(epoch - 1));
            History.Epoch result = runEpoch(model, parameters, data, epoch);
            log.add(result);
            progress.show(result);
            stop = stopping != null && stopping.shouldStop(result.monitoredLoss(), parameters);
        }
        if (stopping != null && restoreBest) stopping.restoreBest(parameters);
        progress.done();
        return new History(log, stop && log.size() < epochs);
    }
    // end::fit[]

    /// Training that runs one epoch per call of `Session.epoch()`, for a caller that decides
    /// when to stop and what to show in between: the book's live playground trains so, a few
    /// epochs per animation frame. The settings are those of this trainer; early stopping and
    /// the progress display are left to the caller.
    public Session start(Layer model, Matrix x, Matrix y) {
        return new Session(model, TrainingData.of(x, y, validationSplit, xVal, yVal));
    }

    /// One training run in progress, started by `Trainer.start`.
    public final class Session {
        private final Layer model;
        private final TrainingData data;
        private final List<Parameter> parameters;
        private int epochs;

        private Session(Layer model, TrainingData data) {
            this.model = model;
            this.data = data;
            this.parameters = model.parameters();
        }

        /// Runs the next epoch and returns its losses and metrics.
        public History.Epoch epoch() {
            epochs++;
            if (schedule != null) optimizer.setLearningRate(schedule.rate(epochs - 1));
            return runEpoch(model, parameters, data, epochs);
        }

        /// How many epochs have run.
        public int epochs() {
            return epochs;
        }
    }

    // tag::epoch[]
    private History.Epoch runEpoch(Layer model, List<Parameter> parameters, TrainingData data,
                                   int epoch) {
        model.setTraining(true);
        int n = data.x().rows(), batches = (n + batchSize - 1) / batchSize;
        int[] order = rng == null ? IntStream.range(0, n).toArray() : rng.permutation(n);
        var totals = new EpochTotals(metrics);
        int full = Math.min(n, batchSize); // the rows of a full batch
        Matrix xBatch = Matrix.zeros(full, data.x().cols()); // reused by every full batch
        Matrix yBatch = Matrix.zeros(full, data.y().cols());
        for (int b = 0; b < batches; b++) {
            int[] rows = Arrays.copyOfRange(order, b * batchSize, Math.min(n, (b + 1) * batchSize));
            Matrix x = gather(data.x(), rows, xBatch), y = gather(data.y(), rows, yBatch);
            optimizer.zeroGrad(parameters);
            Matrix yHat = model.forward(x);
            double batchLoss = loss.value(yHat, y);
            requireFinite(batchLoss, epoch, b + 1, batches);
            model.backwardParameters(loss.gradient(yHat, y)); // the input needs no gradient
            if (clipNorm > 0) GradientClipping.clipByGlobalNorm(parameters, clipNorm);
            optimizer.step(parameters);
            totals.add(batchLoss, yHat, y);
        }
        return totals.summarize(epoch, model, loss, data, optimizer.learningRate());
    }
    // end::epoch[]

    /// The rows of `source` listed in `rows`, copied into `buffer` when it has that many rows
    /// (every full batch reuses it: memory just used is in the processor's cache, fresh memory
    /// is not), else into a new matrix (the last, smaller batch).
    private static Matrix gather(Matrix source, int[] rows, Matrix buffer) {
        if (buffer.rows() != rows.length) return source.rows(rows);
        buffer.copyRowsFrom(source, rows);
        return buffer;
    }

    private void requireFinite(double batchLoss, int epoch, int batch, int batches) {
        if (!Double.isFinite(batchLoss)) {
            throw new IllegalStateException(("the loss became %s in epoch %d, batch %d of %d: "
                    + "training diverged; try a smaller learning rate than %s")
                    .formatted(batchLoss, epoch, batch, batches, optimizer.learningRate()));
        }
    }

    private static int atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
        return value;
    }
}
