package io.github.jooqcdi.eclipselink.model;

public enum ElStatus { NEW, ACTIVE, CLOSED }
