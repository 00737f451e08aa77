package nn.book;

import javax.imageio.ImageIO;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/// A long-lived JVM that runs chapter scripts one after another, as if each had a JVM of its
/// own: each script's classes, and the class path's folders (the engine, the plot module),
/// come from a fresh `ScriptClassLoader`, so no static state survives a script; the jars
/// (XChart) and the JDK are loaded once and stay warm. `RunScripts` starts one per core.
///
/// Protocol: one request per line on standard input, `Name⇥figures folder⇥output file⇥errors
/// file⇥classes file`; the worker sets `nn.figures`, runs `Name`'s main method with
/// `System.out` and `System.err` captured into the two files, writes the class-path classes the
/// script loaded into the third, and answers on standard output `done <exit code>`, or
/// `threads <names>` when the script left threads running (the worker then must be replaced).
/// A script that calls `System.exit` ends the worker: its caller sees the end of the answers.
public final class ScriptWorker {
    private final List<URL> folders = new ArrayList<>();
    private final ScriptClassLoader.Shared jars;

    ScriptWorker(String scriptClassPath) throws MalformedURLException {
        List<URL> jarUrls = new ArrayList<>();
        for (String element : scriptClassPath.split(File.pathSeparator)) {
            if (element.isEmpty()) continue;
            Path p = Path.of(element);
            (Files.isDirectory(p) ? folders : jarUrls).add(p.toUri().toURL());
        }
        jars = new ScriptClassLoader.Shared(jarUrls.toArray(URL[]::new));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ScriptWorker <class path of the scripts>");
            System.exit(2);
        }
        var worker = new ScriptWorker(args[0]);
        warmUp();
        PrintStream answers = System.out;
        var requests = new BufferedReader(new InputStreamReader(System.in));
        for (String line; (line = requests.readLine()) != null; ) {
            String[] f = line.split("\t");
            answers.println(worker.run(f[0], f[1], Path.of(f[2]), Path.of(f[3]), Path.of(f[4])));
            answers.flush();
        }
    }

    /// Draws text into a PNG nobody sees, while `RunScripts` still compiles the scripts: the
    /// JDK's graphics, fonts and image writers are then loaded before the first figure.
    private static void warmUp() throws IOException {
        var image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString("warm-up 0.123", 2, 20);
        g.dispose();
        ImageIO.write(image, "png", OutputStream.nullOutputStream());
    }

    /// Runs one script; returns the answer line.
    String run(String name, String figures, Path outFile, Path errFile, Path classesFile)
            throws Exception {
        Properties properties = (Properties) System.getProperties().clone();
        Locale locale = Locale.getDefault();
        PrintStream stdout = System.out, stderr = System.err;
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var group = new ThreadGroup("script " + name);
        int[] exitCode = {0};
        try (var loader = new ScriptClassLoader(folders.toArray(URL[]::new), jars)) {
            System.setProperty("nn.figures", figures);
            PrintStream scriptErr = stream(err, "stderr.encoding");
            System.setOut(stream(out, "stdout.encoding"));
            System.setErr(scriptErr);
            Thread main = new Thread(group, () -> exitCode[0] = callMain(loader, name, scriptErr),
                    "main");
            main.setContextClassLoader(loader);
            main.start();
            main.join();
            System.out.flush();
            System.err.flush();
            Files.write(classesFile, loader.loaded());
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
            System.setProperties(properties);
            Locale.setDefault(locale);
        }
        Files.write(outFile, out.toByteArray());
        Files.write(errFile, err.toByteArray());
        Thread[] left = new Thread[group.activeCount() + 8];
        int n = group.enumerate(left);
        if (n > 0) {
            return "threads " + String.join(", ", Arrays.stream(left, 0, n)
                    .map(Thread::getName).toList());
        }
        return "done " + exitCode[0];
    }

    private static PrintStream stream(ByteArrayOutputStream bytes, String encodingProperty) {
        String encoding = System.getProperty(encodingProperty);
        Charset charset = encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
        return new PrintStream(bytes, true, charset);
    }

    /// Calls the script's main method as the `java` launcher would; returns the exit code.
    private static int callMain(ClassLoader loader, String name, PrintStream err) {
        try {
            Class<?> script = Class.forName(name, true, loader);
            Method main = mainMethod(script);
            Object instance = Modifier.isStatic(main.getModifiers()) ? null
                    : newInstance(script);
            main.setAccessible(true);
            if (main.getParameterCount() == 1) main.invoke(instance, (Object) new String[0]);
            else main.invoke(instance);
            return 0;
        } catch (InvocationTargetException e) {
            uncaught(e.getCause(), err);
        } catch (Throwable e) {
            uncaught(e, err);
        }
        return 1;
    }

    /// `main(String[])` before `main()`, as JEP 512 orders them.
    private static Method mainMethod(Class<?> script) throws NoSuchMethodException {
        for (Class<?> c = script; c != null; c = c.getSuperclass()) {
            for (Class<?>[] parameters : List.of(new Class<?>[] {String[].class},
                    new Class<?>[0])) {
                try {
                    Method m = c.getDeclaredMethod("main", parameters);
                    if (!Modifier.isPrivate(m.getModifiers())) return m;
                } catch (NoSuchMethodException e) {
                    // try the next form
                }
            }
        }
        throw new NoSuchMethodException("no main method in " + script.getName());
    }

    private static Object newInstance(Class<?> script) throws Exception {
        var constructor = script.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    /// Prints `t` as the JVM prints an uncaught exception, without the worker's own frames.
    private static void uncaught(Throwable t, PrintStream err) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable c = t; c != null && seen.add(c); c = c.getCause()) {
            c.setStackTrace(scriptFrames(c));
        }
        err.print("Exception in thread \"main\" ");
        t.printStackTrace(err);
    }

    /// The frames above the worker's reflective call of the script's main method.
    private static StackTraceElement[] scriptFrames(Throwable t) {
        StackTraceElement[] frames = t.getStackTrace();
        for (int i = 0; i < frames.length; i++) {
            String c = frames[i].getClassName();
            if (c.startsWith("jdk.internal.reflect.") || c.equals(Method.class.getName())
                    || c.equals(ScriptWorker.class.getName())) {
                return Arrays.copyOf(frames, i);
            }
        }
        return frames;
    }
}
