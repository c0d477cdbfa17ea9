import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
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
 * "rps=... p50=... p99=... max=... errors=... n=..." (milliseconds).
 */
public class LoadGen {

    record Target(URI uri, String token) {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        List<Target> targets = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[1]))) {
            if (!line.isBlank()) {
                String[] p = line.split("\t");
                targets.add(new Target(URI.create(p[0]), p[1]));
            }
        }
        int param = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(5)).build();
        // warm-up: a few hundred requests, not measured
        for (int i = 0; i < 200; i++) {
            Target t = targets.get(i % targets.size());
            client.send(request(t), HttpResponse.BodyHandlers.discarding());
        }
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        if (mode.equals("open")) {
            long interval = 1_000_000_000L / param;
            Semaphore inFlight = new Semaphore(2000);
            List<java.util.concurrent.CompletableFuture<?>> all = new ArrayList<>();
            for (long i = 0; ; i++) {
                long scheduled = start + i * interval;
                if (scheduled >= end) {
                    break;
                }
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                Target t = targets.get((int) (i % targets.size()));
                inFlight.acquire();
                all.add(client.sendAsync(request(t), HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                    latencies.add(System.nanoTime() - scheduled);
                    if (e != null || r.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                    inFlight.release();
                }));
            }
            java.util.concurrent.CompletableFuture.allOf(all.toArray(new java.util.concurrent.CompletableFuture[0]))
                    .exceptionally(e -> null).join();
        } else {
            Thread[] workers = new Thread[param];
            AtomicInteger next = new AtomicInteger();
            for (int w = 0; w < param; w++) {
                workers[w] = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        Target t = targets.get(Math.floorMod(next.getAndIncrement(), targets.size()));
                        long s = System.nanoTime();
                        try {
                            HttpResponse<Void> r = client.send(request(t), HttpResponse.BodyHandlers.discarding());
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - s);
                    }
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
        System.exit(0);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }

    private static HttpRequest request(Target t) {
        return HttpRequest.newBuilder(t.uri()).header("Authorization", "Bearer " + t.token())
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).GET().build();
    }
}
