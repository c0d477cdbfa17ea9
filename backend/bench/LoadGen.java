import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark load generator, run as a single-file program (java LoadGen.java ...).
 *
 * open  URLFILE RATE SECONDS : open loop. Requests are scheduled at fixed times (RATE per
 *                              second) whatever the server does; latency is measured from the
 *                              scheduled time, so queueing delay counts (no coordinated omission).
 * closed URLFILE CONC SECONDS : closed loop with CONC workers, for maximum throughput.
 *
 * URLFILE lines: "URL<TAB>TOKEN"; lines are used round-robin. Prints one line:
 * "rps=... p50=... p99=... max=... errors=... n=..." (milliseconds) and, on stderr, the CPU
 * time this generator used per request.
 *
 * It shares the CPU with the app and PostgreSQL, so it speaks HTTP/1.1 itself over keep-alive
 * sockets, one blocking thread per connection (measured: java.net.http.HttpClient spent ~1 ms
 * of CPU per request, a quarter of a core at 200 req/s; this spends a small fraction of that).
 */
public class LoadGen {

    /** A prepared request: where to connect and the exact bytes to send. */
    record Target(String host, int port, byte[] request) {
        static Target of(URI uri, String token) {
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            String req = "GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                         + "\r\nAuthorization: Bearer " + token + "\r\nAccept: application/json\r\n\r\n";
            return new Target(uri.getHost(), uri.getPort(), req.getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** One keep-alive connection; reconnects when the server closed it. */
    static final class Connection {
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        /** Sends the request and reads the whole response; answers the status code. */
        int exchange(Target t) throws IOException {
            for (int attempt = 0; ; attempt++) {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.connect(new InetSocketAddress(t.host(), t.port()), 5000);
                    socket.setSoTimeout(30_000);
                    in = new BufferedInputStream(socket.getInputStream(), 65536);
                    out = socket.getOutputStream();
                }
                try {
                    out.write(t.request());
                    out.flush();
                    return readResponse();
                } catch (IOException e) {
                    close();
                    if (attempt > 0) {
                        throw e;
                    }
                }
            }
        }

        private int readResponse() throws IOException {
            String status = line();
            if (status == null) {
                throw new IOException("connection closed");
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closeAfter = false;
            for (String h = line(); h != null && !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closeAfter = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                     size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    skip(size);
                    line();
                }
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers ignored
                }
            } else if (length > 0) {
                skip(length);
            }
            if (closeAfter) {
                close();
            }
            return code;
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder(64);
            for (int c = in.read(); c != -1; c = in.read()) {
                if (c == '\n') {
                    int n = sb.length();
                    return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
                }
                sb.append((char) c);
            }
            return sb.length() == 0 ? null : sb.toString();
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                long s = in.skip(n);
                if (s <= 0) {
                    if (in.read() == -1) {
                        throw new IOException("truncated body");
                    }
                    s = 1;
                }
                n -= s;
            }
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }

    /** A request due at {@code scheduled} (System.nanoTime). */
    record Due(Target target, long scheduled) {
    }

    private static final Due STOP = new Due(null, 0);

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        List<Target> targets = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[1]))) {
            if (!line.isBlank()) {
                String[] p = line.split("\t");
                targets.add(Target.of(URI.create(p[0]), p[1]));
            }
        }
        int param = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        // warm-up, not measured: 16 connections at once, so that every pooled database connection
        // of the app has planned and cached its statements (a sequential warm-up touches one)
        Thread[] warmers = new Thread[16];
        for (int w = 0; w < warmers.length; w++) {
            int offset = w;
            warmers[w] = new Thread(() -> {
                Connection c = new Connection();
                try {
                    for (int i = 0; i < 25; i++) {
                        c.exchange(targets.get((offset + i * warmers.length) % targets.size()));
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("warm-up failed", e);
                }
                c.close();
            });
            warmers[w].start();
        }
        for (Thread w : warmers) {
            w.join();
        }
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        long cpu0 = cpuNanos();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        if (mode.equals("open")) {
            // A fixed set of connections takes requests off a queue in schedule order: when all
            // are busy, a request waits in the queue and that wait counts in its latency.
            LinkedBlockingQueue<Due> queue = new LinkedBlockingQueue<>();
            int connections = 64;
            Thread[] workers = new Thread[connections];
            for (int w = 0; w < connections; w++) {
                workers[w] = new Thread(() -> {
                    Connection c = new Connection();
                    try {
                        for (Due d = queue.take(); d != STOP; d = queue.take()) {
                            try {
                                if (c.exchange(d.target()) != 200) {
                                    errors.incrementAndGet();
                                }
                            } catch (IOException e) {
                                errors.incrementAndGet();
                            }
                            latencies.add(System.nanoTime() - d.scheduled());
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    c.close();
                });
                workers[w].start();
            }
            long interval = 1_000_000_000L / param;
            for (long i = 0; ; i++) {
                long scheduled = start + i * interval;
                if (scheduled >= end) {
                    break;
                }
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                queue.add(new Due(targets.get((int) (i % targets.size())), scheduled));
            }
            for (int w = 0; w < connections; w++) {
                queue.add(STOP);
            }
            for (Thread w : workers) {
                w.join();
            }
        } else {
            Thread[] workers = new Thread[param];
            AtomicInteger next = new AtomicInteger();
            for (int w = 0; w < param; w++) {
                workers[w] = new Thread(() -> {
                    Connection c = new Connection();
                    while (System.nanoTime() < end) {
                        Target t = targets.get(Math.floorMod(next.getAndIncrement(), targets.size()));
                        long s = System.nanoTime();
                        try {
                            if (c.exchange(t) != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - s);
                    }
                    c.close();
                });
                workers[w].start();
            }
            for (Thread w : workers) {
                w.join();
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] l = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("rps=%.1f p50=%.2f p99=%.2f max=%.2f errors=%d n=%d%n", l.length / elapsed, pct(l, 50),
                pct(l, 99), l.length == 0 ? 0 : l[l.length - 1] / 1e6, errors.get(), l.length);
        System.err.printf("[loadgen] cpu per request: %.3f ms%n", l.length == 0 ? 0 : (cpuNanos() - cpu0) / 1e6 / l.length);
        System.exit(0);
    }

    /** CPU time of this whole process (all threads, JIT and GC included). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }
}
