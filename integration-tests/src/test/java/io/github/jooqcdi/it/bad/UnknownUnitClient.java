package io.github.jooqcdi.it.bad;

import io.github.jooqcdi.PersistenceUnitName;
import io.github.jooqcdi.QueryExecutor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Names a unit the WAR does not have: its deployment must fail, listing the units it has. */
@RequestScoped
public class UnknownUnitClient {

    @Inject
    @PersistenceUnitName("shopp")
    QueryExecutor misspelled;
}
