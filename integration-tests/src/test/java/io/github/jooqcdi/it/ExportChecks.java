package io.github.jooqcdi.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a client of jooq-cdi's JAX-RS writers gets (ContainerIT runs these on both servers): bodies compared exactly,
 * written by hand from the rows {@code ExportRows} stores, not by the code under test.
 */
final class ExportChecks {

    static final String ACTION = "export-check";
    static final String CSV = "text/csv";
    static final String JSON = "application/json";

    private final Http api = new Http(Deployments.api());

    /** The audit rows' ids, after storing them. */
    List<Long> storeRows() {
        String answer = api.post("export/audit?action=" + ACTION);
        assertTrue(answer.startsWith("200 "), answer);
        return java.util.Arrays.stream(answer.substring(4).trim().split(",")).map(Long::valueOf).toList();
    }

    static String expectedJson(List<Long> id) {
        String a = ",\"action\":\"" + ACTION + "\"";
        return "["
                + "{\"id\":" + id.get(0) + ",\"occurred_at\":\"2025-05-01T10:15:00\"" + a + ",\"detail\":\"plain\"},"
                + "{\"id\":" + id.get(1) + ",\"occurred_at\":\"2025-05-01T10:15:30.5\"" + a
                + ",\"detail\":\"a, \\\"quoted\\\"\\nline\"},"
                + "{\"id\":" + id.get(2) + ",\"occurred_at\":\"2025-12-31T23:59:59\"" + a + ",\"detail\":null},"
                + "{\"id\":" + id.get(3) + ",\"occurred_at\":\"2026-01-01T00:00:00.000123\"" + a + ",\"detail\":\"\"},"
                + "{\"id\":" + id.get(4) + ",\"occurred_at\":\"2026-02-28T08:00:01\"" + a
                + ",\"detail\":\"na\u00efve \u2013 \u20ac\"}"
                + "]";
    }

    static String expectedCsv(List<Long> id) {
        String a = "," + ACTION + ",";
        return "id,occurred_at,action,detail\r\n"
                + id.get(0) + ",2025-05-01T10:15:00" + a + "plain\r\n"
                + id.get(1) + ",2025-05-01T10:15:30.5" + a + "\"a, \"\"quoted\"\"\nline\"\r\n"
                + id.get(2) + ",2025-12-31T23:59:59" + a + "\r\n"
                + id.get(3) + ",2026-01-01T00:00:00.000123" + a + "\"\"\r\n"
                + id.get(4) + ",2026-02-28T08:00:01" + a + "na\u00efve \u2013 \u20ac\r\n";
    }

    /** JSON or CSV by the Accept header, the same from a Cursor, a Result and a Stream; 406 for another type. */
    void jsonAndCsvByAcceptHeader(List<Long> ids) {
        String json = expectedJson(ids);
        String csv = expectedCsv(ids);
        for (String endpoint : List.of("audit", "audit-result", "audit-stream")) {
            String path = "export/" + endpoint + "?action=" + ACTION;
            Http.Answer asJson = api.get(path, JSON);
            assertEquals(200, asJson.status(), path + ": " + asJson.body());
            assertEquals(JSON, asJson.mediaType(), path);
            assertEquals(json, asJson.body(), path);

            Http.Answer asCsv = api.get(path, CSV);
            assertEquals(200, asCsv.status(), path + ": " + asCsv.body());
            assertEquals(CSV, asCsv.mediaType(), path);
            assertTrue(asCsv.contentType().replace(" ", "").toLowerCase().contains("charset=utf-8"),
                    path + ": " + asCsv.contentType());
            assertEquals(csv, asCsv.body(), path);
            assertEquals("true", api.awaitBody("export/last-closed", "true"::equals),
                    path + ": the writer closes the cursor or stream");
        }
        String path = "export/audit?action=" + ACTION;
        Http.Answer preferred = api.get(path, "text/csv;q=0.5, application/json");
        assertEquals(JSON + " " + json, preferred.mediaType() + " " + preferred.body());
        Http.Answer xml = api.get(path, "application/xml");
        assertEquals(406, xml.status(), xml.body());
        Http.Answer any = api.get(path, null);
        System.out.println("export without Accept header on " + Deployments.SERVER + ": " + any.status() + " "
                + any.contentType());
        assertEquals(200, any.status(), any.body());
        assertEquals(any.mediaType().equals(CSV) ? csv : json, any.body());
    }

    /** A type that is not jOOQ's goes to the server's own JSON provider (JSON-B: properties in alphabetical order). */
    void otherTypesStayWithTheApplicationsProvider(List<Long> ids) {
        Http.Answer records = api.get("export/audit-records?action=" + ACTION, JSON);
        assertEquals(200, records.status(), records.body());
        assertEquals(JSON, records.mediaType());
        assertTrue(records.body().replace(" ", "").startsWith("[{\"action\":\"" + ACTION + "\",\"id\":" + ids.get(0)
                + "}"), records.body());
    }

    /** {@code rows} generated rows, streamed, exactly as expected, as CSV and as JSON; and fetched whole first. */
    void generatedRows(int rows) {
        String csv = generated(rows, "n,amount,on_day,note\r\n", "", "", i -> i + "," + amount(i) + "," + day(i) + ","
                + (i % 1000 == 0 ? "\"a, \"\"quoted\"\"\"" : "") + "\r\n");
        String json = generated(rows, "[", ",", "]", i -> "{\"n\":" + i + ",\"amount\":" + amount(i) + ",\"on_day\":\""
                + day(i) + "\",\"note\":" + (i % 1000 == 0 ? "\"a, \\\"quoted\\\"\"" : "null") + "}");
        for (String endpoint : List.of("series", "series-result")) {
            assertSame(csv, api.get("export/" + endpoint + "?rows=" + rows, CSV), endpoint + " as CSV");
            assertSame(json, api.get("export/" + endpoint + "?rows=" + rows, JSON), endpoint + " as JSON");
        }
    }

    private static String amount(int i) {
        return new BigDecimal("0.01").multiply(BigDecimal.valueOf(i)).toPlainString();
    }

    private static LocalDate day(int i) {
        return LocalDate.of(2024, 1, 1).plusDays(i);
    }

    private static String generated(int rows, String begin, String separator, String end, IntFunction<String> row) {
        StringBuilder body = new StringBuilder(begin);
        for (int i = 1; i <= rows; i++) {
            if (i > 1) {
                body.append(separator);
            }
            body.append(row.apply(i));
        }
        return body.append(end).toString();
    }

    /** Equal bodies, or the first place they differ. */
    private static void assertSame(String expected, Http.Answer answer, String what) {
        assertEquals(200, answer.status(), what + ": " + answer.body().substring(0, Math.min(500, answer.body().length())));
        String body = answer.body();
        if (!expected.equals(body)) {
            int at = 0;
            while (at < Math.min(expected.length(), body.length()) && expected.charAt(at) == body.charAt(at)) {
                at++;
            }
            int from = Math.max(0, at - 80);
            throw new AssertionError(what + ": differs at character " + at + " of " + expected.length() + "; expected …"
                    + expected.substring(from, Math.min(expected.length(), at + 80)) + "… but was …"
                    + body.substring(from, Math.min(body.length(), at + 80)) + "…");
        }
    }

    /** The misuse answers 500, before any row; the writer still closes the cursor; the next export works. */
    void cursorFromAFinishedTransactionIsRefused(List<Long> ids) {
        Http.Answer refused = api.get("export/audit-in-transaction?action=" + ACTION, CSV);
        assertEquals(500, refused.status(), refused.body());
        assertTrue(!refused.body().contains(ACTION), "no row was sent: " + refused.body());
        assertEquals("true", api.awaitBody("export/last-closed", "true"::equals), "the writer closes the cursor");
        assertEquals(expectedCsv(ids), api.get("export/audit?action=" + ACTION, CSV).body());
    }

    /**
     * A client that reads the start of a long export and hangs up (a reset, as a closed browser tab gives): the writer
     * fails on its next write and closes the cursor, within 5 s.
     */
    void clientThatGoesAwayClosesTheCursor(int rows) throws IOException {
        int port = Integer.parseInt(System.getProperty("it.http.port", "8080"));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /demo/api/export/series?rows=" + rows + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nAccept: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            int read = 0;
            while (read < 65_536) {
                int n = in.read(buffer);
                assertTrue(n > 0, "the export ended after " + read + " bytes");
                read += n;
            }
            socket.setSoLinger(true, 0); // close with a reset
        }
        assertEquals("true", api.awaitBody("export/last-closed", "true"::equals),
                "the writer closes the cursor when the client has gone");
    }

    /**
     * The server's heap while a client downloads {@code rows} rows as CSV, streamed from a cursor and fetched whole
     * first; figures in MB, printed.
     */
    static String heapDuring(String endpoint, int rows) throws Exception {
        return heapDuring(endpoint, String.valueOf(rows), rows);
    }

    static String heapDuring(String endpoint, String rowsParameter, int rows) throws Exception {
        Http api = new Http(Deployments.api());
        assertTrue(api.post("export/heap").startsWith("200 "));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(Deployments.api()
                        + "export/" + endpoint + "?rows=" + rowsParameter)).header("Accept", CSV).timeout(Duration.ofMinutes(10))
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        long lines = 0;
        long bytes = 0;
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[65_536];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        String figures = api.get("export/heap");
        assertEquals(200, response.statusCode());
        assertEquals(rows + 1, lines, "header and rows");
        return endpoint + " " + rowsParameter + " rows, " + bytes / (1024 * 1024) + " MB of CSV in " + millis + " ms: "
                + figures.substring(4).trim();
    }
}
