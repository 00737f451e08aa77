package nn.check;

/// The outcome of checking one exercise.
///
/// @param exercise what was checked
/// @param status   passed, failed, not attempted, ...
/// @param detail   what went wrong, in the learner's terms (empty when passed)
public record Verdict(ExerciseInfo exercise, Status status, String detail) {

    public enum Status {
        PASSED("passed"),
        FAILED("not yet right"),
        CRASHED("threw an exception"),
        TIMED_OUT("timed out"),
        DOES_NOT_COMPILE("does not compile"),
        NOT_ATTEMPTED("not attempted yet");

        private final String label;

        Status(String label) { this.label = label; }

        public String label() { return label; }
    }

    public boolean passed() { return status == Status.PASSED; }
}
