package io.github.jooqcdi.it.app;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.demo.Units;
import io.github.jooqcdi.demo.audit.AuditEvent;
import io.github.jooqcdi.demo.audit.AuditEvent_;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jooq.Cursor;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.ResultQuery;
import org.jooq.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.jooq.impl.DSL.generateSeries;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.localDateAdd;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.when;

/**
 * jOOQ results returned to JAX-RS clients (under the demo's {@code /api}): written by jooq-cdi's writers as JSON or CSV
 * by the {@code Accept} header. Every query runs outside any transaction, except the misuse.
 */
@Path("export")
@RequestScoped
public class ExportResource {

    /** The last cursor or stream handed to JAX-RS, to see that the writer closed it. */
    private static volatile AutoCloseable last;
    private static volatile boolean lastClosed;

    @Inject
    @PersistenceUnitName(Units.AUDIT)
    QueryExecutor audit;

    @Inject
    ExportRows rows;

    @Inject
    HeapSampler heap;

    /** A streamed export: the audit events of one action, as JSON or CSV. */
    @GET
    @Path("audit")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Cursor<Record4<Long, LocalDateTime, String, String>> auditEvents(@QueryParam("action") String action) {
        EntityTables t = audit.tables();
        return remember(audit.dsl()
                .select(t.field(AuditEvent_.id).as("id"), t.field(AuditEvent_.occurredAt).as("occurred_at"),
                        t.field(AuditEvent_.action).as("action"), t.field(AuditEvent_.detail).as("detail"))
                .from(t.table(AuditEvent.class))
                .where(t.field(AuditEvent_.action).eq(action))
                .orderBy(t.field(AuditEvent_.id))
                .fetchLazy());
    }

    /** The same rows fetched whole, inside the request. */
    @GET
    @Path("audit-result")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Result<Record4<Long, LocalDateTime, String, String>> auditResult(@QueryParam("action") String action) {
        return auditQuery(action).fetch();
    }

    /** The same rows as a {@code Stream}. */
    @GET
    @Path("audit-stream")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Stream<Record4<Long, LocalDateTime, String, String>> auditStream(@QueryParam("action") String action) {
        Stream<Record4<Long, LocalDateTime, String, String>> stream = auditQuery(action).fetchStream();
        return remember(stream.onClose(() -> lastClosed = true), stream);
    }

    /** Not a jOOQ type: the application's JSON provider (the server's JSON-B) writes it, never jooq-cdi's writers. */
    @GET
    @Path("audit-records")
    @Produces(MediaType.APPLICATION_JSON)
    public List<AuditRow> auditRecords(@QueryParam("action") String action) {
        return auditQuery(action).fetch(r -> new AuditRow(r.value1(), r.value3()));
    }

    /** A Java record: JSON-B's property order is alphabetical. */
    public record AuditRow(Long id, String action) {
    }

    /** The misuse: a cursor opened in a {@code @Transactional} method, written after its transaction ended. */
    @GET
    @Path("audit-in-transaction")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Cursor<Record4<Long, LocalDateTime, String, String>> auditInTransaction(
            @QueryParam("action") String action) {
        return remember(rows.openCursorInTransaction(action));
    }

    /** {@code rows} generated rows (number, decimal, date, a quoted text or null), streamed through a cursor. */
    @GET
    @Path("series")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Cursor<Record4<Integer, BigDecimal, LocalDate, String>> series(@QueryParam("rows") int rows,
                                                                          @QueryParam("unordered") boolean unordered,
                                                                          @QueryParam("lazy") boolean lazy) {
        LazyH2Queries.ON.set(lazy);
        try {
            return remember((unordered ? seriesQuery(rows, false) : seriesQuery(rows)).fetchLazy());
        } finally {
            LazyH2Queries.ON.remove();
        }
    }

    /** The same rows fetched into one {@code Result} first: the buffering the writers avoid. */
    @GET
    @Path("series-result")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Result<Record4<Integer, BigDecimal, LocalDate, String>> seriesResult(@QueryParam("rows") int rows) {
        return seriesQuery(rows).fetch();
    }

    @POST
    @Path("audit")
    @Produces(MediaType.TEXT_PLAIN)
    public String insert(@QueryParam("action") String action) {
        return rows.insert(action).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Whether the writer closed the last cursor or stream. */
    @GET
    @Path("last-closed")
    @Produces(MediaType.TEXT_PLAIN)
    public String lastClosed() {
        return String.valueOf(last instanceof Cursor<?> c ? c.isClosed() : lastClosed);
    }

    @POST
    @Path("heap")
    @Produces(MediaType.TEXT_PLAIN)
    public String startHeap() {
        return heap.start();
    }

    @GET
    @Path("heap")
    @Produces(MediaType.TEXT_PLAIN)
    public String stopHeap() {
        return heap.stop();
    }

    private ResultQuery<Record4<Long, LocalDateTime, String, String>> auditQuery(String action) {
        EntityTables t = audit.tables();
        return audit.dsl()
                .select(t.field(AuditEvent_.id).as("id"), t.field(AuditEvent_.occurredAt).as("occurred_at"),
                        t.field(AuditEvent_.action).as("action"), t.field(AuditEvent_.detail).as("detail"))
                .from(t.table(AuditEvent.class))
                .where(t.field(AuditEvent_.action).eq(action))
                .orderBy(t.field(AuditEvent_.id));
    }

    private ResultQuery<Record4<Integer, BigDecimal, LocalDate, String>> seriesQuery(int rows) {
        return seriesQuery(rows, true);
    }

    private ResultQuery<Record4<Integer, BigDecimal, LocalDate, String>> seriesQuery(int rows, boolean ordered) {
        Table<?> series = series(rows);
        Field<Integer> n = field(name("s", "n"), Integer.class);
        Field<BigDecimal> amount = inline(new BigDecimal("0.01")).times(n).as("amount");
        Field<LocalDate> day = localDateAdd(inline(LocalDate.of(2024, 1, 1)), n, DatePart.DAY).as("on_day");
        Field<String> note = when(n.mod(1000).eq(0), inline("a, \"quoted\"")).as("note");
        var select = audit.dsl().select(n.as("n"), amount, day, note).from(series);
        return ordered ? select.orderBy(n) : select;
    }

    /**
     * The integers 1 to {@code rows} as table {@code s(n)}. MariaDB runs jOOQ's {@code generate_series} as a recursive
     * CTE, which its {@code max_recursive_iterations} (1000 on some servers) cuts short without an error: there, blocks
     * of at most 1,000 cross-joined.
     */
    private Table<?> series(int rows) {
        if (audit.dsl().dialect().family() != SQLDialect.MARIADB) {
            return generateSeries(1, rows).as("s", "n");
        }
        Field<Integer> block = field(name("a", "i"), Integer.class);
        Field<Integer> offset = field(name("b", "j"), Integer.class);
        Field<Integer> n = block.times(1000).plus(offset);
        return select(n.as("n")).from(generateSeries(0, Math.max(0, (rows - 1) / 1000)).as("a", "i"))
                .crossJoin(generateSeries(1, 1000).as("b", "j")).where(n.le(rows)).asTable("s");
    }

    private static <C extends AutoCloseable> C remember(C cursor) {
        lastClosed = false;
        last = cursor;
        return cursor;
    }

    private static <S extends AutoCloseable> S remember(S returned, AutoCloseable source) {
        lastClosed = false;
        last = source;
        return returned;
    }
}
