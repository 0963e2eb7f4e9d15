package io.github.jooqcdi.eclipselink.model;

import jakarta.persistence.MappedSuperclass;

import java.time.LocalDateTime;

@MappedSuperclass
public abstract class ElAudited {
    public LocalDateTime createdAt;
}
