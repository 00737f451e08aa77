package nn.check;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/// Marks a test class as the check of one exercise: the checker reports one verdict per class,
/// with the first hint after a failure.
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Exercise {
    /// The exercise number as the book prints it, e.g. `"1.2"`.
    String id();

    /// A short title, e.g. `"Weighted sum"`.
    String title();

    /// The file the learner edits, relative to the chapter's `exercises/` folder.
    String file();

    /// Hints from gentle to explicit.
    String[] hints() default {};
}
