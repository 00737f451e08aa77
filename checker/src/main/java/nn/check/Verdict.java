package nn.check;

/// The outcome of checking one exercise.
///
/// @param exercise what was checked
/// @param status   passed, failed, not attempted, ...
/// @param detail   what went wrong, in the learner's terms (empty when passed)
/// @param printed  what the learner's code printed while its tests ran
public record Verdict(ExerciseInfo exercise, Status status, String detail, Printed printed) {

    public Verdict(ExerciseInfo exercise, Status status, String detail) {
        this(exercise, status, detail, Printed.NOTHING);
    }

    public enum Status {
        PASSED("passed"),
        FAILED("not yet right"),
        CRASHED("threw an exception"),
        STOPPED("stopped the program"),
        TIMED_OUT("timed out"),
        DOES_NOT_COMPILE("does not compile"),
        NOT_ATTEMPTED("not attempted yet");

        private final String label;

        Status(String label) { this.label = label; }

        public String label() { return label; }
    }

    public boolean passed() { return status == Status.PASSED; }
}
