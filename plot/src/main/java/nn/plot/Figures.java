package nn.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/// Where figures are written: the folder named by the system property `nn.figures`, or
/// `figures/` under the working directory. The book's build points it at the book's images
/// folder; a learner running a chapter script gets the PNGs in `figures/`.
public final class Figures {
    private Figures() {}

    /// The figures folder, created if it does not exist yet.
    public static Path folder() {
        Path folder = Path.of(System.getProperty("nn.figures", "figures"));
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "could not create the figures folder " + folder.toAbsolutePath(), e);
        }
    }
}
