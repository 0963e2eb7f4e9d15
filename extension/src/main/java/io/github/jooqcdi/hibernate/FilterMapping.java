package io.github.jooqcdi.hibernate;

/**
 * A {@code @Filter} applied to an entity or a collection, as Hibernate's boot model holds it (its
 * {@code FilterConfiguration}, whose package differs between Hibernate 6 and 7).
 *
 * @param name                the filter's name
 * @param condition           the condition written where the filter is applied ({@code null} or blank: the
 *                            definition's default)
 * @param autoAliasInjection  whether Hibernate qualifies the condition's column names itself (otherwise the condition
 *                            names the table by {@code {alias}})
 */
record FilterMapping(String name, String condition, boolean autoAliasInjection) {
}
