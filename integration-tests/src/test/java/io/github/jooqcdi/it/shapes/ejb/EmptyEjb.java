package io.github.jooqcdi.it.shapes.ejb;

import jakarta.ejb.Stateless;

/** An EJB that does nothing: its presence changes how Payara starts a WAR (the WAR-shapes issue). */
@Stateless
public class EmptyEjb {
    public void nothing() {
    }
}
