package nn.check;

import nn.check.Verdict.Status;

import java.util.List;
import java.util.concurrent.TimeoutException;

/// Turns what a failed test threw into a verdict the learner can act on.
final class Outcomes {
    private Outcomes() {}

    /// The verdict from every failure of the exercise's tests (none: passed). The most telling
    /// kind decides the status; the details list up to three failures, so a learner sees the
    /// wrong value even when another check failed first.
    static Verdict of(ExerciseInfo exercise, List<Throwable> failures, long timeoutSeconds) {
        if (failures.isEmpty()) return new Verdict(exercise, Status.PASSED, "");
        if (failures.stream().anyMatch(f -> has(f, UnsupportedOperationException.class))) {
            return new Verdict(exercise, Status.NOT_ATTEMPTED,
                    "open the file exercises/" + exercise.file() + " and fill it in");
        }
        if (failures.stream().anyMatch(f -> has(f, TimeoutException.class))) {
            return new Verdict(exercise, Status.TIMED_OUT,
                    "stopped after %d s: is there a loop that never ends?"
                            .formatted(timeoutSeconds));
        }
        List<String> details = failures.stream().map(f -> detail(f, exercise)).distinct().toList();
        String shown = String.join("\n", details.subList(0, Math.min(3, details.size())));
        if (details.size() > 3) shown += "\n(and %d more failing checks)".formatted(details.size() - 3);
        boolean crashed = failures.stream().noneMatch(f -> f instanceof AssertionError);
        return new Verdict(exercise, crashed ? Status.CRASHED : Status.FAILED, shown);
    }

    private static String detail(Throwable failure, ExerciseInfo exercise) {
        return failure instanceof AssertionError ? failure.getMessage()
                : "your code threw " + describe(failure, exercise.file());
    }

    /// e.g. `ArithmeticException: / by zero (WeightedSum.java:14)`.
    static String describe(Throwable t, String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        String where = "";
        for (StackTraceElement frame : t.getStackTrace()) {
            if (name.equals(frame.getFileName())) {
                where = " (%s:%d)".formatted(name, frame.getLineNumber());
                break;
            }
        }
        String message = t.getMessage() == null ? "" : ": " + t.getMessage();
        return t.getClass().getSimpleName() + message + where;
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) return true;
        }
        return false;
    }
}
