package org.safar.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application started as users start it ({@code java -jar target/safar.jar}) against the benchmark's
 * database, with no demo data, a known administrator, the benchmark's encryption keys (so it reads what the
 * loader wrote) and limits large enough for a benchmark-sized import. Its output goes to a log file beside the
 * results; it is stopped (and killed if it does not stop) on {@link #close()}.
 */
final class AppProcess implements AutoCloseable {

    static final String ADMIN = "bench-admin";

    private final Process process;
    private final int port;
    private final String adminPassword;
    private final Path log;

    private AppProcess(Process process, int port, String adminPassword, Path log) {
        this.process = process;
        this.port = port;
        this.adminPassword = adminPassword;
        this.log = log;
    }

    static AppProcess start(Path jar, String url, String user, String password, byte[] encryptionKey,
            byte[] lookupKey, String maxHeap, Path log) throws IOException, InterruptedException {
        int port = freePort();
        String adminPassword = "bench-" + Long.toHexString(System.nanoTime()) + "-Aa1";
        Path dataDir = Files.createTempDirectory("safar-bench-app-");
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + maxHeap, "-jar",
                jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).directory(dataDir.toFile());
        Map<String, String> env = builder.environment();
        env.put("SAFAR_DB_URL", url);
        env.put("SAFAR_DB_USER", user);
        env.put("SAFAR_DB_PASSWORD", password);
        env.put("SAFAR_DATA_DIR", dataDir.toString());
        env.put("SAFAR_PORT", Integer.toString(port));
        env.put("SAFAR_DEMO_DATA", "false");
        env.put("SAFAR_ADMIN_USERNAME", ADMIN);
        env.put("SAFAR_ADMIN_PASSWORD", adminPassword);
        env.put("SAFAR_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(encryptionKey));
        env.put("SAFAR_LOOKUP_KEY", Base64.getEncoder().encodeToString(lookupKey));
        env.put("SAFAR_IMPORT_MAX_SIZE", "2GB");
        env.put("SAFAR_UPLOAD_LIMIT", "2GB");
        env.put("SAFAR_DUPLICATE_SCAN_CRON", "-");
        AppProcess app = new AppProcess(builder.start(), port, adminPassword, log);
        app.awaitReady(Duration.ofMinutes(3));
        return app;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    String adminPassword() {
        return adminPassword;
    }

    long pid() {
        return process.pid();
    }

    /**
     * Heap in use right after a full collection, as the JVM reports it ({@code jcmd GC.run}, then
     * {@code GC.heap_info}), in bytes.
     */
    long heapAfterFullGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        Thread.sleep(500);
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher used = Pattern.compile("total \\d+K, used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("no heap figures in jcmd's answer: " + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private String jcmd(String what) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid()), what).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor(1, TimeUnit.MINUTES);
        return out;
    }

    private void awaitReady(Duration limit) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped while starting; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri("/login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            }
            catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the application did not start within " + limit + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
