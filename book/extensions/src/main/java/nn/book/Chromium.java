package nn.book;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/// Headless Chromium driven over the DevTools protocol (a WebSocket on the loopback address),
/// with every host name unresolvable so that nothing can leave the machine. Just what the PDF
/// edition needs: open a page, run a script in it, print it. (The browser tests have a fuller
/// client of their own.)
final class Chromium implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Pattern PAGE_SOCKET =
            Pattern.compile("\"webSocketDebuggerUrl\"\\s*:\\s*\"(ws://[^\"]+)\"");
    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();

    /// The Chromium executable, or null when none is installed.
    static Path find() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    }

    Chromium(Path executable) throws Exception {
        profile = Files.createTempDirectory("nn-pdf-chromium");
        process = new ProcessBuilder(List.of(executable.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
                "--allow-file-access-from-files", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String browserSocket = waitForDevTools();
        URI list = URI.create(
                browserSocket.replaceFirst("^ws://([^/]+)/.*", "http://$1/json/list"));
        var http = HttpClient.newHttpClient();
        String targets = http.send(HttpRequest.newBuilder(list).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = PAGE_SOCKET.matcher(targets);
        if (!m.find()) throw new IllegalStateException("Chromium has no page target: " + targets);
        socket = http.newWebSocketBuilder().buildAsync(URI.create(m.group(1)), new Listener())
                .get(10, TimeUnit.SECONDS);
    }

    /// Opens `url` (anew if it is open) and waits until it has loaded.
    void open(URI url) throws Exception {
        evaluate("document.documentElement.dataset.left = 'yes'"); // the page being left
        send("Page.navigate", "{\"url\":" + Json.quote(url.toString()) + "}", 120);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!"true".equals(evaluate("String(document.readyState === 'complete' && location.href"
                + " !== 'about:blank' && !document.documentElement.dataset.left)"))) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("did not load: " + url);
            Thread.sleep(50);
        }
    }

    /// Lays the page out for print, `width` CSS pixels wide: what a script measures then is
    /// what will be printed (`Page.printToPDF` lays the page out for its paper by itself).
    void emulatePrint(int width) throws Exception {
        send("Emulation.setEmulatedMedia", "{\"media\":\"print\"}", 120);
        send("Emulation.setDeviceMetricsOverride", "{\"width\":" + width
                + ",\"height\":1000,\"deviceScaleFactor\":1,\"mobile\":false}", 120);
    }

    /// Runs a script whose value is a string (or a promise of one) and returns that string.
    String evaluate(String expression) throws Exception {
        String reply = send("Runtime.evaluate", "{\"expression\":" + Json.quote(expression)
                + ",\"returnByValue\":true,\"awaitPromise\":true}", 120);
        if (reply.contains("\"exceptionDetails\"")) {
            String why = reply.contains("\"description\":\"")
                    ? Json.stringField(reply, "description") : reply;
            throw new IllegalStateException("the script failed in the page: " + why);
        }
        return Json.stringField(reply, "value");
    }

    /// `Page.printToPDF` with the given options (a JSON object without braces), read back as a
    /// stream so that a large PDF does not have to fit in one message.
    byte[] printToPdf(String options) throws Exception {
        String reply = send("Page.printToPDF",
                "{" + options + ",\"transferMode\":\"ReturnAsStream\"}", 600);
        String stream = Json.stringField(reply, "stream");
        var pdf = new ByteArrayOutputStream();
        while (true) {
            String chunk = send("IO.read", "{\"handle\":" + Json.quote(stream)
                    + ",\"size\":4194304}", 120);
            String data = Json.stringField(chunk, "data");
            pdf.writeBytes(chunk.contains("\"base64Encoded\":true")
                    ? Base64.getDecoder().decode(data) : data.getBytes());
            if (chunk.contains("\"eof\":true")) break;
        }
        send("IO.close", "{\"handle\":" + Json.quote(stream) + "}", 120);
        return pdf.toByteArray();
    }

    private String send(String method, String params, int timeoutSeconds) throws Exception {
        int id = ids.incrementAndGet();
        var reply = new CompletableFuture<String>();
        pending.put(id, reply);
        socket.sendText("{\"id\":%d,\"method\":\"%s\",\"params\":%s}".formatted(id, method, params),
                true).join();
        String text = reply.get(timeoutSeconds, TimeUnit.SECONDS);
        if (text.startsWith("{\"id\":" + id + ",\"error\"")) {
            throw new IllegalStateException(method + " failed: " + text);
        }
        return text;
    }

    private String waitForDevTools() throws IOException {
        var err = new BufferedReader(new InputStreamReader(process.getErrorStream()));
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
                Matcher id = ID.matcher(text);
                if (id.find()) {
                    var future = pending.remove(Integer.parseInt(id.group(1)));
                    if (future != null) future.complete(text);
                }
            }
            ws.request(1);
            return null;
        }
    }

    @Override
    public void close() throws Exception {
        socket.abort();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
