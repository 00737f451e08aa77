package nn.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/// Where figures are written: the folder named by the system property `nn.figures`,
/// or `figures/` under the working directory.
public final class Figures {
    private Figures() {}

    public static Path folder() {
        Path folder = Path.of(System.getProperty("nn.figures", "figures"));
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the figures folder " + folder.toAbsolutePath(), e);
        }
    }
}
