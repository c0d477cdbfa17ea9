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
 * URLFILE lines: "URL<TAB>TOKEN" (a GET) or "METHOD<TAB>URL<TAB>TOKEN[<TAB>JSON BODY]"; lines are
 * used round-robin, or each once in order when the last argument is "once" (writes: the first
 * tenth warms up, the rest is measured, and a closed loop stops when they run out). A 2xx
 * counts as success. Prints one line: "rps=... p50=... p99=... max=... errors=... n=..."
 * (milliseconds) and, on stderr, the CPU time this generator used per request.
 *
 * fetch URLFILE CONC          : sends every line once (CONC at a time) and prints, per line in
 *                              order, "STATUS<TAB>BODY" (log-ins, ids of what was created).
 * events STREAMURL TOKEN URLFILE RATE SECONDS : holds the member's event stream open, sends the
 *                              lines (messages to that member) at RATE per second and measures
 *                              from each send's scheduled time until the stream delivers the
 *                              event carrying the new message's id (JSON field "id" of the 201).
 *
 * It shares the CPU with the app and PostgreSQL, so it speaks HTTP/1.1 itself over keep-alive
 * sockets, one blocking thread per connection (measured: java.net.http.HttpClient spent ~1 ms
 * of CPU per request, a quarter of a core at 200 req/s; this spends a small fraction of that).
 */
public class LoadGen {

    /** A prepared request: where to connect and the exact bytes to send. */
    record Target(String host, int port, byte[] request) {
        static Target of(URI uri, String token) {
            return of("GET", uri, token, null);
        }

        static Target of(String method, URI uri, String token, String body) {
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder req = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                    .append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
            if (token != null && !token.isEmpty() && !token.equals("-")) {
                req.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            req.append("Accept: application/json\r\n");
            if (body != null) {
                req.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
            } else if (!method.equals("GET")) {
                req.append("Content-Length: 0\r\n");
            }
            byte[] head = req.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
            byte[] all = java.util.Arrays.copyOf(head, head.length + content.length);
            System.arraycopy(content, 0, all, head.length, content.length);
            return new Target(uri.getHost(), uri.getPort(), all);
        }

        /** A line of a URL file: "URL<TAB>TOKEN" or "METHOD<TAB>URL<TAB>TOKEN[<TAB>BODY]". */
        static Target parse(String line) {
            String[] p = line.split("\t", 4);
            if (p[0].matches("GET|POST|PUT|DELETE|PATCH")) {
                return of(p[0], URI.create(p[1]), p[2], p.length > 3 ? p[3] : null);
            }
            return of(URI.create(p[0]), p[1]);
        }
    }

    /** One keep-alive connection; reconnects when the server closed it. */
    static final class Connection {
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        /** When set, the body of the last response is kept here (otherwise skipped). */
        java.io.ByteArrayOutputStream body;

        /** Opens the connection to the target's server, if it is not open. */
        void connect(Target t) throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(t.host(), t.port()), 5000);
                socket.setSoTimeout(30_000);
                in = new BufferedInputStream(socket.getInputStream(), 65536);
                out = socket.getOutputStream();
            }
        }

        /** Sends the request and reads the whole response; answers the status code. */
        int exchange(Target t) throws IOException {
            for (int attempt = 0; ; attempt++) {
                connect(t);
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
            if (body != null) {
                body.reset();
            }
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
            if (body != null) {
                for (long i = 0; i < n; i++) {
                    int c = in.read();
                    if (c == -1) {
                        throw new IOException("truncated body");
                    }
                    body.write(c);
                }
                return;
            }
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
        if (mode.equals("events")) {
            events(args[1], args[2], read(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            return;
        }
        List<Target> targets = read(args[1]);
        int param = Integer.parseInt(args[2]);
        if (mode.equals("fetch")) {
            fetch(targets, param);
            return;
        }
        int seconds = Integer.parseInt(args[3]);
        boolean once = args.length > 4 && args[4].equals("once");
        List<Target> measured = targets;
        if (once) {
            int warm = targets.size() / 10;
            warmUp(targets.subList(0, warm), false);
            measured = targets.subList(warm, targets.size());
        } else {
            warmUp(targets, true);
        }
        List<Target> work = measured;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        // Open loop: a fixed set of connections takes requests off a queue in schedule order: when
        // all are busy, a request waits in the queue and that wait counts in its latency. They are
        // connected, have carried one request each (reads only: a write's line is sent once) and
        // their threads are started before the clock starts: opening 64 connections inside the
        // schedule made the first ~100 ms of every run slow (1-2 % of a 5 s run at 200/s, which
        // was most of its p99), as a client's first request on a new connection is.
        LinkedBlockingQueue<Due> queue = new LinkedBlockingQueue<>();
        int connections = mode.equals("open") ? 64 : 0;
        Thread[] openWorkers = new Thread[connections];
        for (int w = 0; w < connections; w++) {
            Connection c = new Connection();
            c.connect(work.get(0));
            if (!once) {
                c.exchange(work.get(w % work.size()));
            }
            openWorkers[w] = new Thread(() -> {
                try {
                    for (Due d = queue.take(); d != STOP; d = queue.take()) {
                        try {
                            if (c.exchange(d.target()) / 100 != 2) {
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
            openWorkers[w].start();
        }
        long cpu0 = cpuNanos();
        serverTicks0 = new long[] {ticks("BENCH_APP_PIDS"), ticks("BENCH_DB_PIDS")};
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        if (mode.equals("open")) {
            long interval = 1_000_000_000L / param;
            for (long i = 0; ; i++) {
                long scheduled = start + i * interval;
                if (scheduled >= end || (once && i >= work.size())) {
                    break;
                }
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                queue.add(new Due(work.get((int) (i % work.size())), scheduled));
            }
            for (int w = 0; w < connections; w++) {
                queue.add(STOP);
            }
            for (Thread w : openWorkers) {
                w.join();
            }
        } else {
            Thread[] workers = new Thread[param];
            AtomicInteger next = new AtomicInteger();
            for (int w = 0; w < param; w++) {
                workers[w] = new Thread(() -> {
                    Connection c = new Connection();
                    while (System.nanoTime() < end) {
                        int i = next.getAndIncrement();
                        if (once && i >= work.size()) {
                            break;
                        }
                        Target t = work.get(Math.floorMod(i, work.size()));
                        long s = System.nanoTime();
                        try {
                            if (c.exchange(t) / 100 != 2) {
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
        report(latencies, errors.get(), elapsed, cpu0);
        System.exit(0);
    }

    private static List<Target> read(String file) throws IOException {
        List<Target> targets = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(file))) {
            if (!line.isBlank()) {
                targets.add(Target.parse(line));
            }
        }
        return targets;
    }

    /**
     * Warm-up, not measured: 16 connections at once, so that every pooled database connection
     * of the app has planned and cached its statements (a sequential warm-up touches one).
     * Reads repeat their lines; writes send each given line once.
     */
    private static void warmUp(List<Target> targets, boolean repeat) throws InterruptedException {
        if (targets.isEmpty()) {
            return;
        }
        Thread[] warmers = new Thread[16];
        AtomicInteger next = new AtomicInteger();
        int total = repeat ? 25 * warmers.length : targets.size();
        for (int w = 0; w < warmers.length; w++) {
            warmers[w] = new Thread(() -> {
                Connection c = new Connection();
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    try {
                        c.exchange(targets.get(i % targets.size()));
                    } catch (IOException e) {
                        throw new IllegalStateException("warm-up failed", e);
                    }
                }
                c.close();
            });
            warmers[w].start();
        }
        for (Thread w : warmers) {
            w.join();
        }
    }

    private static void fetch(List<Target> targets, int conc) throws InterruptedException {
        String[] out = new String[targets.size()];
        AtomicInteger next = new AtomicInteger();
        Thread[] workers = new Thread[conc];
        for (int w = 0; w < conc; w++) {
            workers[w] = new Thread(() -> {
                Connection c = new Connection();
                c.body = new java.io.ByteArrayOutputStream();
                for (int i = next.getAndIncrement(); i < targets.size(); i = next.getAndIncrement()) {
                    try {
                        int status = c.exchange(targets.get(i));
                        out[i] = status + "\t" + c.body.toString(StandardCharsets.UTF_8).replace('\n', ' ');
                    } catch (IOException e) {
                        out[i] = "000\t" + e.getMessage();
                    }
                }
                c.close();
            });
            workers[w].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        StringBuilder sb = new StringBuilder();
        for (String line : out) {
            sb.append(line).append('\n');
        }
        System.out.print(sb);
        System.exit(0);
    }

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final java.util.regex.Pattern MESSAGE_ID =
            java.util.regex.Pattern.compile("\"messageId\"\\s*:\\s*(\\d+)");

    /**
     * Event-stream delivery: one stream held open (as the SPA does), messages sent to its member
     * at a fixed rate; latency = arrival of the stream's "message" event carrying the message id,
     * minus the send's scheduled time (so it includes the POST itself, as a user sees it).
     */
    private static void events(String streamUrl, String token, List<Target> sends, int rate, int seconds)
            throws Exception {
        java.util.concurrent.ConcurrentHashMap<Long, Long> arrived = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.ConcurrentHashMap<Long, Long> sentAt = new java.util.concurrent.ConcurrentHashMap<>();
        URI uri = URI.create(streamUrl);
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nAuthorization: Bearer " + token + "\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
        java.util.concurrent.CountDownLatch connected = new java.util.concurrent.CountDownLatch(1);
        Thread reader = new Thread(() -> {
            StringBuilder line = new StringBuilder();
            try {
                for (int c = in.read(); c != -1; c = in.read()) {
                    if (c != '\n') {
                        line.append((char) c);
                        continue;
                    }
                    long now = System.nanoTime();
                    String l = line.toString();
                    line.setLength(0);
                    if (l.startsWith(":")) {
                        connected.countDown();
                    }
                    java.util.regex.Matcher m = MESSAGE_ID.matcher(l);
                    if (l.startsWith("data:") && m.find()) {
                        arrived.putIfAbsent(Long.parseLong(m.group(1)), now);
                    }
                }
            } catch (IOException e) {
                // stream closed at the end
            }
        });
        reader.setDaemon(true);
        reader.start();
        if (!connected.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the event stream did not open");
        }
        int warm = Math.min(20, sends.size() / 10);
        Connection c = new Connection();
        c.body = new java.io.ByteArrayOutputStream();
        AtomicInteger errors = new AtomicInteger();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        int n = Math.min(sends.size(), warm + rate * seconds);
        // One sender, as one member types; the POST's own latency stays in the figure.
        for (int i = 0; i < n; i++) {
            long scheduled = start + (long) i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            if (c.exchange(sends.get(i)) / 100 != 2) {
                errors.incrementAndGet();
                continue;
            }
            java.util.regex.Matcher m = ID.matcher(c.body.toString(StandardCharsets.UTF_8));
            if (m.find() && i >= warm) {
                sentAt.put(Long.parseLong(m.group(1)), scheduled);
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!arrived.keySet().containsAll(sentAt.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        sentAt.forEach((id, at) -> {
            Long got = arrived.get(id);
            if (got == null) {
                errors.incrementAndGet();
            } else {
                latencies.add(got - at);
            }
        });
        socket.close();
        report(latencies, errors.get(), (System.nanoTime() - start) / 1e9, cpuNanos());
        System.exit(0);
    }

    private static void report(java.util.Collection<Long> latencies, int errors, double elapsed, long cpu0) {
        long[] l = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        String server = "";
        if (serverTicks0 != null && serverTicks0[0] >= 0 && l.length > 0) {
            // clock ticks are 10 ms (USER_HZ 100): over a few seconds of load that is a few hundred
            server = String.format(" app_ms=%.2f db_ms=%s", (ticks("BENCH_APP_PIDS") - serverTicks0[0]) * 10.0 / l.length,
                    serverTicks0[1] < 0 ? "-" : String.format("%.2f", (ticks("BENCH_DB_PIDS") - serverTicks0[1]) * 10.0 / l.length));
        }
        System.out.printf("rps=%.1f p50=%.2f p99=%.2f max=%.2f errors=%d n=%d%s%n", l.length / elapsed, pct(l, 50),
                pct(l, 99), l.length == 0 ? 0 : l[l.length - 1] / 1e6, errors, l.length, server);
        System.err.printf("[loadgen] cpu per request: %.3f ms%n", l.length == 0 ? 0 : (cpuNanos() - cpu0) / 1e6 / l.length);
    }

    private static long[] serverTicks0;

    /**
     * CPU time (utime + stime, clock ticks) of the processes an environment variable lists
     * (space-separated pids: the app's JVM, PostgreSQL's processes), from /proc; -1 when unset.
     * It measures what one request costs the server side, beside this process's own cost.
     */
    private static long ticks(String env) {
        String pids = System.getenv(env);
        if (pids == null || pids.isBlank()) {
            return -1;
        }
        long sum = 0;
        for (String pid : pids.trim().split("\\s+")) {
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (IOException | RuntimeException gone) {
                // a process that ended since the list was made: its time is not counted
            }
        }
        return sum;
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
