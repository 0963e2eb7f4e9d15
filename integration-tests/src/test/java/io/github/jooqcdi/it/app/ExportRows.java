package io.github.jooqcdi.it.app;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.demo.Units;
import io.github.jooqcdi.demo.audit.AuditEvent;
import io.github.jooqcdi.demo.audit.AuditEvent_;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jooq.Cursor;
import org.jooq.Record4;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The rows the export tests write to clients (audit events of one action), and the misuse of a cursor. */
@ApplicationScoped
public class ExportRows {

    /** The details of the rows, in id order: plain text, quoting, a null, an empty string, non-ASCII. */
    public static final List<String> DETAILS = java.util.Arrays.asList("plain", "a, \"quoted\"\nline", null, "",
            "na\u00efve \u2013 \u20ac");
    public static final List<LocalDateTime> TIMES = List.of(LocalDateTime.parse("2025-05-01T10:15:00"),
            LocalDateTime.parse("2025-05-01T10:15:30.500"), LocalDateTime.parse("2025-12-31T23:59:59"),
            LocalDateTime.parse("2026-01-01T00:00:00.000123"), LocalDateTime.parse("2026-02-28T08:00:01"));

    @Inject
    @PersistenceUnitName(Units.AUDIT)
    EntityManager em;

    @Inject
    @PersistenceUnitName(Units.AUDIT)
    QueryExecutor audit;

    /** Persists the rows under {@code action}; their ids, in order. */
    @Transactional
    public List<Long> insert(String action) {
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 0; i < DETAILS.size(); i++) {
            AuditEvent event = new AuditEvent(TIMES.get(i), action, DETAILS.get(i));
            em.persist(event);
            events.add(event);
        }
        em.flush();
        return events.stream().map(AuditEvent::getId).toList();
    }

    /** The misuse: a cursor opened inside a transaction and returned past its end. */
    @Transactional
    public Cursor<Record4<Long, LocalDateTime, String, String>> openCursorInTransaction(String action) {
        EntityTables t = audit.tables();
        return audit.dsl()
                .select(t.field(AuditEvent_.id), t.field(AuditEvent_.occurredAt), t.field(AuditEvent_.action),
                        t.field(AuditEvent_.detail))
                .from(t.table(AuditEvent.class))
                .where(t.field(AuditEvent_.action).eq(action))
                .fetchLazy();
    }
}
