package coop.toitcommun.membership.account;

import java.time.Instant;

import coop.toitcommun.membership.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(schema = "membership", name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String email;

    @Column(name = "preferred_language", nullable = false)
    @Convert(converter = LanguageConverter.class)
    private Language preferredLanguage;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Person() {
    }

    public Person(String displayName, String email, Language language, Instant createdAt) {
        this.displayName = displayName;
        this.email = email;
        this.preferredLanguage = language;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(Language language) {
        this.preferredLanguage = language;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
