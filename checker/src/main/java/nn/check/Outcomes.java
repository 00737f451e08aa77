package nn.check;

import nn.check.Verdict.Status;

import java.util.concurrent.TimeoutException;

/// Turns what a failed test threw into a verdict the learner can act on.
final class Outcomes {
    private Outcomes() {}

    static Verdict of(ExerciseInfo exercise, Throwable failure, long timeoutSeconds) {
        if (failure == null) return new Verdict(exercise, Status.PASSED, "");
        if (has(failure, UnsupportedOperationException.class)) {
            return new Verdict(exercise, Status.NOT_ATTEMPTED,
                    "open the file exercises/" + exercise.file() + " and fill it in");
        }
        if (has(failure, TimeoutException.class)) {
            return new Verdict(exercise, Status.TIMED_OUT,
                    "stopped after %d s: is there a loop that never ends?"
                            .formatted(timeoutSeconds));
        }
        if (failure instanceof AssertionError) {
            return new Verdict(exercise, Status.FAILED, failure.getMessage());
        }
        return new Verdict(exercise, Status.CRASHED,
                "your code threw " + describe(failure, exercise.file()));
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
