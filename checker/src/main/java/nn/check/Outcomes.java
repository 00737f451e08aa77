package nn.check;

import nn.check.Verdict.Status;

import java.util.List;

/// Turns what a failed test threw into a verdict the learner can act on.
final class Outcomes {
    private Outcomes() {}

    /// The verdict from every failure of the exercise's tests (none: passed). The most telling
    /// kind decides the status; the details list up to three failures, so a learner sees the
    /// wrong value even when another check failed first.
    static Verdict of(ExerciseInfo exercise, List<Throwable> failures) {
        if (failures.isEmpty()) return new Verdict(exercise, Status.PASSED, "");
        if (failures.stream().anyMatch(f -> has(f, UnsupportedOperationException.class))) {
            return new Verdict(exercise, Status.NOT_ATTEMPTED,
                    "open the file exercises/" + exercise.file() + " and fill it in");
        }
        if (failures.stream().anyMatch(f -> initializerCause(f) != null)) {
            // after a static initializer failed, every later use of the class fails the same way
            failures = failures.stream().filter(f -> !(f instanceof NoClassDefFoundError))
                    .toList();
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
        Throwable cause = initializerCause(t);
        if (cause != null) {
            return "an error in a static initializer (a static field or block): "
                    + describe(cause, file);
        }
        if (t instanceof StackOverflowError) {
            return "StackOverflowError" + where(t, file)
                    + ": a method that calls itself without end?";
        }
        String message = t.getMessage() == null ? "" : ": " + t.getMessage();
        return t.getClass().getSimpleName() + message + where(t, file);
    }

    /// What a static initializer threw: the first time as ExceptionInInitializerError, later as
    /// NoClassDefFoundError ("Could not initialize class") caused by a copy of it.
    private static Throwable initializerCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ExceptionInInitializerError e && e.getCause() != null) {
                return e.getCause();
            }
        }
        return null;
    }

    /// ` (WeightedSum.java:14)`: the first line of the learner's file on the stack, if any.
    private static String where(Throwable t, String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        String where = "";
        for (StackTraceElement frame : t.getStackTrace()) {
            if (name.equals(frame.getFileName())) {
                where = " (%s:%d)".formatted(name, frame.getLineNumber());
                break;
            }
        }
        return where;
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) return true;
        }
        return false;
    }
}
