package com.pinfleet.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs work on several threads released at the same moment, as sessions on several nodes would. */
final class AtOnce {

    private AtOnce() {
    }

    /**
     * Runs {@code work} for threads 0 to {@code threads - 1} at once and returns what each returned, in
     * thread order.
     *
     * @throws AssertionError when any thread failed, with the first failure as its cause
     */
    static <T> List<T> run(int threads, IntFunction<Callable<T>> work) {
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<T> task = work.apply(t);
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return task.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } catch (ExecutionException e) {
            throw new AssertionError("a thread failed: " + e.getCause(), e.getCause());
        } catch (Exception e) {
            throw new AssertionError("the threads did not finish: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }
}
