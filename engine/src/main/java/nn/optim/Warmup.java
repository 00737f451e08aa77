package nn.optim;

/// A linear warm-up in front of another schedule: `η(e) = after.rate(0) · (e + 1) / epochs` for
/// the first `epochs` epochs, then `after.rate(e − epochs)`, so `after` starts where the warm-up
/// ends. Taught in chapter 7, with large batches.
// tag::warmup[]
public record Warmup(int epochs, LearningRateSchedule after) implements LearningRateSchedule {
    public Warmup {
        if (epochs < 1) {
            throw new IllegalArgumentException("warm-up needs epochs >= 1, got " + epochs);
        }
        if (after == null) throw new IllegalArgumentException("warm-up needs a schedule after it");
    }

    public double rate(int epoch) {
        if (epoch < epochs) return after.rate(0) * (epoch + 1) / epochs;
        return after.rate(epoch - epochs);
    }
}
// end::warmup[]
