package io.github.jooqcdi.it.shapes.work;

import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.it.shapes.model.Address;
import io.github.jooqcdi.it.shapes.model.Member;
import jakarta.persistence.EntityManager;
import org.jooq.Record;
import org.jooq.Table;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static org.jooq.impl.DSL.field;

/**
 * The work of every shape, in the caller's JTA transaction: JPA persists a member, jOOQ (after jooq-cdi's flush)
 * adds a phone of it and, with the {@code audit} unit, an audit row through that unit's executor.
 */
public final class MemberWrites {

    private MemberWrites() {
    }

    public static long write(EntityManager em, QueryExecutor lending, Optional<QueryExecutor> audit, String name) {
        Member member = new Member();
        member.name = name;
        member.address = new Address();
        member.address.city = "Lyon";
        em.persist(member); // not flushed: jooq-cdi flushes before its query, or the phone's foreign key fails
        Table<Record> phones = lending.tables().table("SHAPE_MEMBER_PHONE");
        lending.execute(lending.dsl().insertInto(phones)
                .set(field(phones.getQualifiedName().append("MEMBER_ID")), member.id)
                .set(field(phones.getQualifiedName().append("PHONE")), "+33 " + name));
        audit.ifPresent(unit -> {
            Table<Record> entries = unit.tables().table("SHAPE_AUDIT");
            unit.execute(unit.dsl().insertInto(entries)
                    .set(field(entries.getQualifiedName().append("ID")),
                            ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE))
                    .set(field(entries.getQualifiedName().append("WHAT")), "member " + name));
        });
        return member.id;
    }

    /** Rows of each table, through jOOQ. */
    public static Map<String, Integer> counts(QueryExecutor lending, Optional<QueryExecutor> audit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : new String[] {"SHAPE_MEMBER", "SHAPE_MEMBER_PHONE", "SHAPE_ITEM", "SHAPE_NOTICE"}) {
            counts.put(table, lending.dsl().fetchCount(lending.tables().table(table)));
        }
        audit.ifPresent(unit -> counts.put("SHAPE_AUDIT", unit.dsl().fetchCount(unit.tables().table("SHAPE_AUDIT"))));
        return counts;
    }

    /** The exception and its causes, one per line: what a test client reads. */
    public static String chain(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }
}
