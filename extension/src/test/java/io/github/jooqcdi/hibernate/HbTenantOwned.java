package io.github.jooqcdi.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.TenantId;

@Entity
@SoftDelete
public class HbTenantOwned {
    @Id
    public Long id;

    @TenantId
    public String tenant;

    public String name;
}
