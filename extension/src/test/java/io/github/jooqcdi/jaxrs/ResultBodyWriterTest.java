package io.github.jooqcdi.jaxrs;

import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JAX-RS writers on plain jOOQ over in-memory H2: exact bodies, lazy reading, the source closed in every case. */
class ResultBodyWriterTest {

    private static final MediaType CSV = new MediaType("text", "csv");
    private static final Annotation[] NONE = new Annotation[0];

    private Connection connection;
    private DSLContext dsl;
    /** Records jOOQ has read from the database so far. */
    private final AtomicLong recordsRead = new AtomicLong();

    @BeforeEach
    void database() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:writer;DB_CLOSE_DELAY=-1");
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(connection);
        configuration.set(SQLDialect.H2);
        configuration.set(new ExecuteListener() {
            @Override
            public void recordEnd(ExecuteContext ctx) {
                recordsRead.incrementAndGet();
            }
        });
        dsl = DSL.using(configuration);
        dsl.execute("create table item (id bigint primary key, name varchar(100), price decimal(12, 2), "
                + "born date, seen timestamp(6), active boolean, ratio double precision, data varbinary(8))");
        dsl.execute("insert into item values (1, 'plain', 12.50, date '2024-01-02', timestamp '2024-01-02 10:15:00', "
                + "true, 0.5, X'00ff10')");
        dsl.execute("insert into item values (2, 'a, \"quoted\"' || char(10) || 'line\\ back', null, null, null, "
                + "null, null, null)");
        dsl.execute("insert into item values (3, '', 1000, date '1999-12-31', timestamp '1999-12-31 23:59:59.123456',"
                + " false, 1e300, X'')");
    }

    @AfterEach
    void close() throws SQLException {
        dsl.execute("drop all objects");
        connection.close();
    }

    private Result<Record> items() {
        return dsl.resultQuery("select * from item order by id").fetch();
    }

    @Test
    void jsonIsAnArrayOfObjectsKeyedByColumnName() throws IOException {
        assertEquals("["
                + "{\"ID\":1,\"NAME\":\"plain\",\"PRICE\":12.50,\"BORN\":\"2024-01-02\",\"SEEN\":\"2024-01-02T10:15:00\","
                + "\"ACTIVE\":true,\"RATIO\":0.5,\"DATA\":\"AP8Q\"},"
                + "{\"ID\":2,\"NAME\":\"a, \\\"quoted\\\"\\nline\\\\ back\",\"PRICE\":null,\"BORN\":null,\"SEEN\":null,"
                + "\"ACTIVE\":null,\"RATIO\":null,\"DATA\":null},"
                + "{\"ID\":3,\"NAME\":\"\",\"PRICE\":1000.00,\"BORN\":\"1999-12-31\",\"SEEN\":\"1999-12-31T23:59:59.123456\","
                + "\"ACTIVE\":false,\"RATIO\":1.0E300,\"DATA\":\"\"}"
                + "]", write(items(), MediaType.APPLICATION_JSON_TYPE));
    }

    @Test
    void csvHasAHeaderLineAndQuotesAsRfc4180Says() throws IOException {
        assertEquals("ID,NAME,PRICE,BORN,SEEN,ACTIVE,RATIO,DATA\r\n"
                + "1,plain,12.50,2024-01-02,2024-01-02T10:15:00,true,0.5,AP8Q\r\n"
                + "2,\"a, \"\"quoted\"\"\nline\\ back\",,,,,,\r\n"
                + "3,\"\",1000.00,1999-12-31,1999-12-31T23:59:59.123456,false,1.0E300,\"\"\r\n",
                write(items(), CSV));
    }

    @Test
    void csvSaysItsCharsetAndHonoursAnotherOne() throws IOException {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        new ResultBodyWriter().writeTo(items(), Result.class, Result.class, NONE, CSV, headers,
                new ByteArrayOutputStream());
        MediaType sent = (MediaType) headers.getFirst("Content-Type");
        assertTrue(sent.isCompatible(CSV) && "UTF-8".equals(sent.getParameters().get("charset")), () -> sent.getParameters().toString());

        ByteArrayOutputStream latin = new ByteArrayOutputStream();
        new ResultBodyWriter().writeTo(dsl.resultQuery("select 'é' as e").fetch(), Result.class, Result.class, NONE,
                CSV.withCharset("ISO-8859-1"), new MultivaluedHashMap<>(), latin);
        assertEquals("E\r\n\u00e9\r\n", latin.toString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void aCursorIsReadRowByRowWhileWritingAndClosedAfterwards() throws IOException {
        long rows = 50_000;
        Cursor<Record> cursor = dsl.resultQuery("select x as id, 'row ' || x as name from system_range(1, ?)", rows)
                .fetchLazy();
        AtomicLong readAtFirstByte = new AtomicLong(-1);
        AtomicLong bytes = new AtomicLong();
        OutputStream client = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                readAtFirstByte.compareAndSet(-1, recordsRead.get());
                bytes.addAndGet(len);
            }
        };
        new ResultBodyWriter().writeTo(cursor, cursor.getClass(), Cursor.class, NONE, CSV, new MultivaluedHashMap<>(),
                client);
        assertTrue(cursor.isClosed(), "the writer closes the cursor");
        assertEquals(rows, recordsRead.get());
        assertTrue(readAtFirstByte.get() > 0 && readAtFirstByte.get() < 2_000,
                "the first bytes leave before the cursor is read further: " + readAtFirstByte + " of " + rows
                        + " rows had been read then");
        assertTrue(bytes.get() > rows * 10, bytes + " bytes");
    }

    @Test
    void aCursorIsClosedWhenTheClientGoesAway() {
        Cursor<Record> cursor = dsl.resultQuery("select x from system_range(1, 100000)").fetchLazy();
        OutputStream gone = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 20_000) {
                    throw new IOException("Broken pipe");
                }
            }
        };
        assertThrows(IOException.class, () -> new ResultBodyWriter().writeTo(cursor, cursor.getClass(), Cursor.class,
                NONE, MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), gone));
        assertTrue(cursor.isClosed(), "the writer closes the cursor when writing fails");
        assertTrue(recordsRead.get() < 20_000, recordsRead + " rows read: no more than were written");
    }

    @Test
    void aStreamOfRecordsIsWrittenAndClosed() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        Stream<Record2<Long, String>> stream = dsl.select(DSL.field("id", Long.class), DSL.field("name", String.class))
                .from("item").orderBy(DSL.field("id")).fetchStream().onClose(() -> closed.set(true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RecordStreamBodyWriter().writeTo(stream, stream.getClass(),
                new GenericType<Stream<Record2<Long, String>>>() { }.getType(), NONE, CSV, new MultivaluedHashMap<>(),
                out);
        assertEquals("id,name\r\n1,plain\r\n2,\"a, \"\"quoted\"\"\nline\\ back\"\r\n3,\"\"\r\n",
                out.toString(StandardCharsets.UTF_8));
        assertTrue(closed.get(), "the writer closes the stream");
    }

    @Test
    void anEmptyStreamIsAnEmptyArrayOrAnEmptyCsvBody() throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        Type type = new GenericType<Stream<Record>>() { }.getType();
        new RecordStreamBodyWriter().writeTo(Stream.empty(), Stream.class, type, NONE,
                MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), json);
        assertEquals("[]", json.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        new RecordStreamBodyWriter().writeTo(Stream.empty(), Stream.class, type, NONE, CSV, new MultivaluedHashMap<>(),
                csv);
        assertEquals("", csv.toString(StandardCharsets.UTF_8));
        assertEquals("ID,NAME\r\n", write(dsl.resultQuery("select id, name from item where 1 = 0").fetch(), CSV),
                "a result knows its columns even without rows");
    }

    @Test
    void twoColumnsOfOneNameAreRefusedForJsonBeforeAnyByte() {
        Cursor<Record> cursor = dsl.resultQuery("select a.id, b.id from item a join item b on a.id = b.id").fetchLazy();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ResultBodyWriter().writeTo(
                cursor, cursor.getClass(), Cursor.class, NONE, MediaType.APPLICATION_JSON_TYPE,
                new MultivaluedHashMap<>(), out));
        assertTrue(e.getMessage().contains("Two columns of the result are named 'ID'")
                && e.getMessage().contains(".as("), e.getMessage());
        assertEquals(0, out.size());
        assertTrue(cursor.isClosed());
    }

    @Test
    void onlyJooqResultsCursorsAndStreamsOfRecordsInJsonOrCsv() {
        ResultBodyWriter results = new ResultBodyWriter();
        RecordStreamBodyWriter streams = new RecordStreamBodyWriter();
        MediaType json = MediaType.APPLICATION_JSON_TYPE;
        Result<Record> result = items();
        assertTrue(results.isWriteable(result.getClass(), Result.class, NONE, json));
        assertTrue(results.isWriteable(result.getClass(), Result.class, NONE, CSV));
        assertTrue(results.isWriteable(Cursor.class, Cursor.class, NONE, json.withCharset("UTF-8")));
        assertFalse(results.isWriteable(result.getClass(), Result.class, NONE, MediaType.APPLICATION_XML_TYPE));
        assertFalse(results.isWriteable(result.getClass(), Result.class, NONE, MediaType.TEXT_PLAIN_TYPE));
        assertFalse(results.isWriteable(Record.class, Record.class, NONE, json), "a single record is not a result");
        assertFalse(results.isWriteable(List.class, List.class, NONE, json));
        assertFalse(results.isWriteable(String.class, String.class, NONE, json));
        assertFalse(results.isWriteable(Object.class, Object.class, NONE, json));

        assertTrue(streams.isWriteable(Stream.class, new GenericType<Stream<Record>>() { }.getType(), NONE, json));
        assertTrue(streams.isWriteable(Stream.class, new GenericType<Stream<? extends Record>>() { }.getType(), NONE,
                CSV));
        assertTrue(streams.isWriteable(Stream.class, new GenericType<Stream<Record2<Long, String>>>() { }.getType(),
                NONE, json));
        assertFalse(streams.isWriteable(Stream.class, new GenericType<Stream<String>>() { }.getType(), NONE, json));
        assertFalse(streams.isWriteable(Stream.class, new GenericType<Stream<?>>() { }.getType(), NONE, json));
        assertFalse(streams.isWriteable(Stream.class, Stream.class, NONE, json), "a raw stream: element type unknown");
        assertFalse(streams.isWriteable(Stream.class, new GenericType<Stream<Record>>() { }.getType(), NONE,
                MediaType.TEXT_PLAIN_TYPE));
    }

    private static String write(Result<?> result, MediaType mediaType) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ResultBodyWriter().writeTo(result, result.getClass(), Result.class, NONE, mediaType,
                new MultivaluedHashMap<>(), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
