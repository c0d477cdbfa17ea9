package app.rapport.support;

import io.restassured.response.Response;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/** Requests released at the same instant (as near as threads allow), to prove a rule holds under races. */
public final class Race {

    private Race() {
    }

    /** Runs every call on its own thread, all waiting at one barrier first; returns the responses in call order. */
    public static List<Response> atOnce(List<Supplier<Response>> calls) {
        CyclicBarrier barrier = new CyclicBarrier(calls.size());
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<CompletableFuture<Response>> futures = calls.stream().map(call -> CompletableFuture.supplyAsync(() -> {
                try {
                    barrier.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return call.get();
            }, pool)).toList();
            return futures.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }
}
