package nn.book.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Headless Chromium driven over the DevTools protocol (a WebSocket on the loopback address),
/// with every host name unresolvable so that nothing can leave the machine.
/// Records the URL of every request a page makes, and every error a page reports: uncaught
/// exceptions, `console.error` calls and failed loads.
final class Browser implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Pattern PAGE_SOCKET =
            Pattern.compile("\"webSocketDebuggerUrl\"\\s*:\\s*\"(ws://[^\"]+)\"");
    private static final Pattern REQUEST_URL =
            Pattern.compile("\"request\":\\{\"url\":\"([^\"]*)\"");

    private final Process chromium;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<String> errors = new CopyOnWriteArrayList<>();

    /// The Chromium executable, or null when none is installed.
    static Path find() {
        var names = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome");
        for (String name : names) {
            if (Files.isExecutable(Path.of(name))) return Path.of(name);
        }
        return null;
    }

    Browser(Path executable, boolean dark) throws Exception {
        profile = Files.createTempDirectory("nn-chromium");
        List<String> command = new ArrayList<>(List.of(executable.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
                "--window-size=1280,900", "--allow-file-access-from-files",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "about:blank"));
        if (dark) command.add(1, "--force-dark-mode");
        chromium = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String browserSocket = waitForDevTools();
        URI http = URI.create(
                browserSocket.replaceFirst("^ws://([^/]+)/.*", "http://$1/json/list"));
        String list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(http).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = PAGE_SOCKET.matcher(list);
        if (!m.find()) throw new IllegalStateException("no page target in " + list);
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(m.group(1)), new Listener()).get(10, TimeUnit.SECONDS);
        send("Network.enable", "{}");
        send("Page.enable", "{}");
        send("Runtime.enable", "{}");
        send("Log.enable", "{}");
    }

    /// Sends a DevTools command (e.g. `Emulation.setEmulatedMedia`) and returns the reply.
    String command(String method, String params) throws Exception {
        return send(method, params);
    }

    /// Opens `url` and waits until the page has loaded, with its fonts (KaTeX's, for the math).
    void open(String url) throws Exception {
        send("Page.navigate", "{\"url\":" + Json.quote(url) + "}");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String loaded = "document.readyState === 'complete' && location.href !== 'about:blank'";
        while (!"true".equals(evaluate(loaded))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("page did not load: " + url);
            }
            Thread.sleep(50);
        }
        evaluate("document.fonts.ready.then(() => true)");
    }

    /// The value of a JavaScript expression (awaited if it is a promise), as JSON text.
    String evaluate(String expression) throws Exception {
        String reply = send("Runtime.evaluate", "{\"expression\":" + Json.quote(expression)
                + ",\"returnByValue\":true,\"awaitPromise\":true}");
        if (reply.contains("\"exceptionDetails\"")) {
            throw new IllegalStateException("script failed: " + reply);
        }
        return Json.value(reply);
    }

    /// Saves a PNG of the visible page.
    void screenshot(Path file) throws Exception {
        String reply = send("Page.captureScreenshot", "{\"format\":\"png\"}");
        Matcher m = Pattern.compile("\"data\":\"([^\"]+)\"").matcher(reply);
        if (!m.find()) throw new IllegalStateException("no screenshot in reply");
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(m.group(1)));
    }

    private String send(String method, String params) throws Exception {
        int id = ids.incrementAndGet();
        var reply = new CompletableFuture<String>();
        pending.put(id, reply);
        String message = "{\"id\":%d,\"method\":\"%s\",\"params\":%s}"
                .formatted(id, method, params);
        socket.sendText(message, true).join();
        return reply.get(30, TimeUnit.SECONDS);
    }

    private String waitForDevTools() throws IOException {
        var err = new BufferedReader(new InputStreamReader(chromium.getErrorStream()));
        for (String line; (line = err.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread.ofVirtual().start(() -> err.lines().forEach(ignored -> {})); // keep draining
                return m.group(1);
            }
        }
        throw new IllegalStateException("Chromium exited without opening its DevTools port");
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                String text = message.toString();
                message.setLength(0);
                Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(text);
                if (id.find()) {
                    var future = pending.remove(Integer.parseInt(id.group(1)));
                    if (future != null) future.complete(text);
                } else if (text.contains("\"method\":\"Network.requestWillBeSent\"")) {
                    Matcher url = REQUEST_URL.matcher(text);
                    if (url.find()) requests.add(url.group(1));
                } else if (isError(text)) {
                    errors.add(text.length() > 600 ? text.substring(0, 600) + "…" : text);
                }
            }
            ws.request(1);
            return null;
        }
    }

    private static boolean isError(String event) {
        return event.contains("\"method\":\"Runtime.exceptionThrown\"")
                || event.contains("\"method\":\"Runtime.consoleAPICalled\"")
                        && event.contains("\"type\":\"error\"")
                || event.contains("\"method\":\"Log.entryAdded\"")
                        && event.contains("\"level\":\"error\"");
    }

    @Override
    public void close() throws Exception {
        socket.abort();
        chromium.destroy();
        if (!chromium.waitFor(10, TimeUnit.SECONDS)) chromium.destroyForcibly();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
