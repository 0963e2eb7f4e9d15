package io.github.jooqcdi.it.shapes.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A lendable item: JOINED inheritance, a sequence, {@code @Version}. */
@Entity
@Table(name = "SHAPE_ITEM")
@Inheritance(strategy = InheritanceType.JOINED)
public class Item {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_seq")
    @SequenceGenerator(name = "item_seq", sequenceName = "SHAPE_ITEM_SEQ", allocationSize = 1)
    public Long id;
    public String title;
    @Version
    public int version;
}
