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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop HTTP load generator: each of its client threads sends its next request as soon as the previous answer
 * is in, over kept-alive HTTP/1.1 connections: the same GET for a time ({@link #run}, where an answer counts as an
 * error unless it is a 200 with the expected body), or a given list of requests once ({@link #sendAll}). Every wait is
 * bounded.
 */
final class Load implements AutoCloseable {

    /**
     * What one run did: completed requests (errors included), errors, wall time, the CPU time the server and this JVM
     * (the load generator) used meanwhile, the first error seen.
     */
    record Run(long requests, long errors, double seconds, double serverCpu, double clientCpu, String firstError) {

        double perSecond() {
            return requests / seconds;
        }
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final int clients;
    private final HttpClient http;
    private final ExecutorService threads;
    private final ProcessHandle server;

    /** {@code server}: the server's process, whose CPU time each run reads. */
    Load(int clients, ProcessHandle server) {
        this.clients = clients;
        this.server = server;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.threads = Executors.newFixedThreadPool(clients);
    }

    /** GETs {@code uri} from every client for {@code seconds}; the time runs until the last answer is in. */
    Run run(URI uri, String expectedBody, double seconds) {
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(REQUEST_TIMEOUT).build();
        AtomicReference<String> firstError = new AtomicReference<>();
        double serverCpu = cpuSeconds(server);
        double clientCpu = cpuSeconds(ProcessHandle.current());
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
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Run(requests, errors, elapsed, cpuSeconds(server) - serverCpu,
                cpuSeconds(ProcessHandle.current()) - clientCpu, firstError.get());
    }

    /**
     * Sends each of {@code requests} once, every client taking the next one as soon as its previous answer is in; the
     * answers ({@code "<status> <body>"}, or {@code "IOException ..."}) in the order of {@code requests}. All of it
     * within {@code bound}, each request within its own timeout (set it when building the request).
     */
    String[] sendAll(List<HttpRequest> requests, Duration bound) {
        String[] answers = new String[requests.size()];
        AtomicInteger next = new AtomicInteger();
        List<Future<long[]>> results = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            results.add(threads.submit(() -> {
                for (int r = next.getAndIncrement(); r < answers.length; r = next.getAndIncrement()) {
                    answers[r] = answer(requests.get(r));
                }
                return new long[0];
            }));
        }
        long end = System.nanoTime() + bound.toNanos();
        for (Future<long[]> result : results) {
            await(result, Math.max(1, (end - System.nanoTime()) / 1_000_000));
        }
        return answers;
    }

    private String answer(HttpRequest request) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (IOException e) {
            return "IOException " + e;
        }
    }

    /** The server: the one child process of this JVM that runs payara-micro.jar or WildFly's jboss-modules.jar. */
    static ProcessHandle server() {
        List<ProcessHandle> servers = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().filter(c -> c.contains("payara-micro") || c.contains("jboss-modules"))
                        .isPresent())
                .toList();
        if (servers.size() != 1) {
            throw new IllegalStateException("not one server among this JVM's child processes: " + servers);
        }
        return servers.get(0);
    }

    private static double cpuSeconds(ProcessHandle process) {
        return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("no CPU time of " + process))
                .toNanos() / 1e9;
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
