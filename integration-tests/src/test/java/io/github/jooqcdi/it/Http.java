package io.github.jooqcdi.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/** A test client of one application: every call bounded in time, answers as {@code "<status> <body>"}. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;

    Http(String base) {
        this.base = base;
    }

    String get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    String post(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** An answer: status, {@code Content-Type} header (as sent), body. */
    record Answer(int status, String contentType, String body) {
        /** The media type without parameters. */
        String mediaType() {
            return contentType.replaceAll(";.*", "").trim();
        }
    }

    /** {@code GET path} with an {@code Accept} header ({@code null}: none). */
    Answer get(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET().timeout(Duration.ofSeconds(60));
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            return new Answer(-1, "", "IOException " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The media type (without parameters) {@code GET path} answers with. */
    String contentType(String path) {
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).GET()
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "").trim();
        } catch (IOException e) {
            return "IOException " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body of {@code path} once it satisfies {@code done}, asking again for at most 5 s; the last body else. */
    String awaitBody(String path, Predicate<String> done) {
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String body;
        do {
            String answer = get(path);
            body = answer.substring(answer.indexOf(' ') + 1);
            if (done.test(body)) {
                return body;
            }
            sleep();
        } while (System.nanoTime() < end);
        return body;
    }

    /** {@code {A=1, B=2}} (a {@code Map.toString()}) back into a map. */
    static Map<String, Integer> counts(String answer) {
        if (!answer.startsWith("200 {")) {
            throw new AssertionError("no counts: " + answer);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        String body = answer.substring(5, answer.lastIndexOf('}'));
        for (String entry : body.split(", ")) {
            String[] kv = entry.split("=");
            counts.put(kv[0], Integer.parseInt(kv[1].trim()));
        }
        return counts;
    }

    private static String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (IOException e) {
            return "IOException " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
