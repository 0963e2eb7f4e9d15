package io.github.jooqcdi.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop HTTP load generator: each of its client threads sends its next GET as soon as the previous answer is
 * in, over kept-alive HTTP/1.1 connections. An answer counts as an error unless it is a 200 with the expected body.
 * Every wait is bounded.
 */
final class Load implements AutoCloseable {

    /** What one run did: completed requests (errors included), errors, wall time, the first error seen. */
    record Run(long requests, long errors, double seconds, String firstError) {

        double perSecond() {
            return requests / seconds;
        }
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final int clients;
    private final HttpClient http;
    private final ExecutorService threads;

    Load(int clients) {
        this.clients = clients;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.threads = Executors.newFixedThreadPool(clients);
    }

    /** GETs {@code uri} from every client for {@code seconds}; the time runs until the last answer is in. */
    Run run(URI uri, String expectedBody, double seconds) {
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(REQUEST_TIMEOUT).build();
        AtomicReference<String> firstError = new AtomicReference<>();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        List<Future<long[]>> results = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            results.add(threads.submit(() -> client(request, expectedBody, end, firstError)));
        }
        long requests = 0;
        long errors = 0;
        long bound = (long) (seconds * 1000) + REQUEST_TIMEOUT.toMillis() + 10_000;
        for (Future<long[]> result : results) {
            long[] counts = await(result, bound);
            requests += counts[0];
            errors += counts[1];
        }
        return new Run(requests, errors, (System.nanoTime() - start) / 1e9, firstError.get());
    }

    /** One client's loop: {requests, errors}. */
    private long[] client(HttpRequest request, String expectedBody, long end, AtomicReference<String> firstError)
            throws InterruptedException {
        long requests = 0;
        long errors = 0;
        while (System.nanoTime() < end) {
            String error = null;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 || !expectedBody.equals(response.body())) {
                    error = response.statusCode() + " " + response.body();
                }
            } catch (IOException e) {
                error = e.toString();
            }
            requests++;
            if (error != null) {
                errors++;
                firstError.compareAndSet(null, error);
            }
        }
        return new long[] {requests, errors};
    }

    private static long[] await(Future<long[]> result, long millis) {
        try {
            return result.get(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a load client failed or hung", e);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
        try {
            if (!threads.awaitTermination(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("load clients still running 30 s after shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
