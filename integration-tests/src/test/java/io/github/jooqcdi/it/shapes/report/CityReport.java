package io.github.jooqcdi.it.shapes.report;

import io.github.jooqcdi.EntityTables;
import io.github.jooqcdi.QueryExecutor;
import io.github.jooqcdi.it.shapes.model.Address;
import io.github.jooqcdi.it.shapes.model.Member;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

/**
 * The same report twice: members, phones and members without a phone per city, over {@value #MEMBERS} seeded members
 * and their phones (a join, a GROUP BY with COUNT and SUM, an ORDER BY). Once through {@code QueryExecutor}, once
 * through plain JDBC on the data source the unit uses (its JNDI name in the env-entry {@code report/dataSource}: the
 * unit's JTA data source). Each in a JTA transaction ({@code @Transactional}, as a service method usually is) or, for
 * comparison, without one.
 */
@RequestScoped
public class CityReport {

    static final int MEMBERS = 300;
    static final String[][] CITIES = {{"Amsterdam", "NL"}, {"Berlin", "DE"}, {"Bologna", "IT"}, {"Brno", "CZ"},
            {"Dublin", "IE"}, {"Gent", "BE"}, {"Graz", "AT"}, {"Lisboa", "PT"}, {"Lyon", "FR"}, {"Porto", "PT"},
            {"Sevilla", "ES"}, {"Tartu", "EE"}, {"Turku", "FI"}, {"Uppsala", "SE"}, {"Zürich", "CH"}};

    /** The report's one parameter, bound in both; its constants 1 and 0 are literals in both (see {@link #executor}). */
    private static final String NAMES = "report %";

    private static final String SQL = """
            select m.CITY, m.COUNTRY, count(distinct m.ID) as MEMBERS, count(p.PHONE) as PHONES,
                   sum(case when p.PHONE is null then 1 else 0 end) as WITHOUT_PHONE
            from SHAPE_MEMBER m left join SHAPE_MEMBER_PHONE p on p.MEMBER_ID = m.ID
            where m.NAME like ?
            group by m.CITY, m.COUNTRY
            order by PHONES desc, m.CITY""";

    @PersistenceContext(unitName = "lending")
    EntityManager em;

    @Inject
    QueryExecutor executor;

    /**
     * The JNDI name of the unit's JTA data source (an env-entry of web.xml). WildFly binds a {@code resource-ref}
     * without {@code @Resource(lookup)} to its default data source whatever its {@code lookup-name}, so the name is
     * looked up directly.
     */
    @Resource(name = "report/dataSource")
    String dataSourceName;

    private volatile DataSource dataSource;

    private DataSource dataSource() {
        DataSource found = dataSource;
        if (found == null) {
            try {
                found = InitialContext.doLookup(dataSourceName);
            } catch (NamingException e) {
                throw new IllegalStateException("no data source " + dataSourceName, e);
            }
            dataSource = found;
        }
        return found;
    }

    @Transactional
    public List<CityRow> executorInTransaction() {
        return executor();
    }

    @Transactional
    public List<CityRow> jdbcInTransaction() {
        return jdbc();
    }

    /**
     * The report through the executor, its fields from the unit's mapping: the JDBC statement with quoted names, the
     * name pattern bound, 1 and 0 inline (jOOQ binds a plain 1 and 0 as {@code cast(? as int)}, which H2 evaluates
     * for every row). For H2 jOOQ still renders the pattern as {@code like cast(? as varchar)}, which H2 compiles again
     * for every row: see benchmarks/README.md.
     */
    public List<CityRow> executor() {
        EntityTables tables = executor.tables();
        Table<Record> members = tables.table(Member.class);
        Table<Record> phones = tables.table("SHAPE_MEMBER_PHONE");
        Field<?> id = tables.field(Member.class, "id");
        Field<String> city = tables.field(Member.class, "address.city").coerce(String.class);
        Field<String> country = tables.field(Member.class, "address.country").coerce(String.class);
        Field<Object> phone = field(phones.getQualifiedName().append("PHONE"));
        Field<Object> phoneMember = field(phones.getQualifiedName().append("MEMBER_ID"));
        Field<Integer> memberCount = countDistinct(id).as("MEMBERS");
        Field<Integer> phoneCount = count(phone).as("PHONES");
        return executor.dsl()
                .select(city, country, memberCount, phoneCount, sum(when(phone.isNull(), inline(1)).otherwise(inline(0))))
                .from(members).leftJoin(phones).on(phoneMember.eq(id))
                .where(tables.field(Member.class, "name").coerce(String.class).like(NAMES))
                .groupBy(city, country)
                .orderBy(phoneCount.desc(), city)
                .fetch(r -> new CityRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5().longValue()));
    }

    /** The same report in plain JDBC. */
    public List<CityRow> jdbc() {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, NAMES);
            return rows(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<CityRow> rows(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            List<CityRow> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new CityRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
            }
            return rows;
        }
    }

    /** {@value #MEMBERS} members in random cities with 0 to 3 phones each (the same every time), once. */
    @Transactional
    public int seed() {
        long seeded = em.createQuery("select count(m) from Member m where m.name like :names", Long.class)
                .setParameter("names", NAMES).getSingleResult();
        if (seeded > 0) {
            return (int) seeded;
        }
        Random random = new Random(42);
        for (int i = 0; i < MEMBERS; i++) {
            String[] place = CITIES[random.nextInt(CITIES.length)];
            Member member = new Member();
            member.name = "report " + i;
            member.address = new Address();
            member.address.city = place[0];
            member.address.country = place[1];
            for (int p = random.nextInt(4); p > 0; p--) {
                member.phones.add("+1 " + i + "-" + p);
            }
            em.persist(member);
        }
        return MEMBERS;
    }
}
