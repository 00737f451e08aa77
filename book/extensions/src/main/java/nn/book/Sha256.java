package nn.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Predicate;
import java.util.stream.Stream;

/// SHA-256 digests in hexadecimal, of bytes, text, a file or a whole folder: the keys of the
/// book build's caches.
final class Sha256 {
    private Sha256() {}

    static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /// The file's digest, or "missing" when there is no such file.
    static String ofFile(Path file) {
        if (!Files.isRegularFile(file)) return "missing";
        try {
            return of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /// The digest of every file under `folder` with its relative path (sorted, so the order
    /// of the file system does not matter), or "missing" when there is no such folder.
    static String ofTree(Path folder) {
        return ofTree(folder, name -> true);
    }

    /// As `ofTree(folder)`, over the files whose relative path (with `/`) `included` accepts.
    static String ofTree(Path folder, Predicate<String> included) {
        if (!Files.isDirectory(folder)) return "missing";
        var listing = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(f).toString().replace('\\', '/');
                if (!included.test(name)) continue;
                listing.append(ofFile(f)).append(' ').append(name).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return of(listing.toString());
    }
}
