package nn.book;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/// The class loader of one script in a `ScriptWorker`: the script's classes and the class
/// path's folders (the engine, the plot module), loaded afresh for each script, over the
/// worker's `Shared` loader of the class path's jars (XChart). It records what the script
/// loaded from the class path, what `-Xlog:class+load` would have logged in a JVM of its own
/// (see `ScriptInputs`).
final class ScriptClassLoader extends URLClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Shared jars;
    private final Set<String> defined = new ConcurrentSkipListSet<>();
    private volatile boolean usedJars;

    ScriptClassLoader(URL[] folders, Shared jars) {
        super("script", folders, jars);
        this.jars = jars;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        Class<?> c = super.findClass(name);
        defined.add(name);
        return c;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        Class<?> c = super.loadClass(name, resolve);
        if (c.getClassLoader() == jars) usedJars = true;
        return c;
    }

    /// The classes this loader defined and, if the script used a jar, every class the jars'
    /// loader has defined so far: a superset of those the script needed (the jars' own
    /// classes load one another without asking this loader), so never too few inputs.
    Set<String> loaded() {
        Set<String> all = new TreeSet<>(defined);
        if (usedJars) all.addAll(jars.defined);
        return all;
    }

    /// The class path's jars, loaded once per worker.
    static final class Shared extends URLClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Set<String> defined = new ConcurrentSkipListSet<>();

        Shared(URL[] jars) {
            super("script-jars", jars, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            Class<?> c = super.findClass(name);
            defined.add(name);
            return c;
        }
    }
}
