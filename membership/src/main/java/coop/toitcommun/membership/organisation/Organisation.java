package coop.toitcommun.membership.organisation;

import java.time.Instant;

import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.OrganisationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(schema = "membership", name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private OrganisationStatus status;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private Circle circle;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationStatus status, Circle circle, Instant createdAt) {
        this.name = name;
        this.status = status;
        this.circle = circle;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public void setStatus(OrganisationStatus status) {
        this.status = status;
    }

    public Circle getCircle() {
        return circle;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
