package coop.toitcommun.membership;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The versioned charter of values: drafting, publishing, reading and comparing versions. */
@Service
@Transactional(readOnly = true)
public class Charter {

    private final JdbcClient jdbc;
    private final CharterTexts texts;
    private final HouseRights rights;
    private final AuditLog audit;
    private final Resignatures resignatures;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Charter(JdbcClient jdbc, CharterTexts texts, HouseRights rights, AuditLog audit, Resignatures resignatures, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.rights = rights;
        this.audit = audit;
        this.resignatures = resignatures;
        this.events = events;
        this.clock = clock;
    }

    /** The published version with the highest number. */
    public Optional<CharterVersion> current() {
        return texts.current();
    }

    /** Published versions, newest first, with their articles: two queries whatever the number. */
    public List<CharterVersion> published() {
        return texts.versions("published_at IS NOT NULL");
    }

    /** The draft of the next version, for the co-founders who write it. */
    public Optional<CharterVersion> draft(long readerId) {
        rights.requireCofounder(readerId);
        return draft();
    }

    private Optional<CharterVersion> draft() {
        return texts.versions("published_at IS NULL").stream().findFirst();
    }

    /** A published version, by number: the draft is the co-founders' alone ({@link #draft(long)}). */
    public Optional<CharterVersion> version(int number) {
        return texts.versions("number = " + number + " AND published_at IS NOT NULL").stream().findFirst();
    }

    /** Article by article, what changed from one version to another. */
    public List<ArticleChange> changes(CharterVersion from, CharterVersion to) {
        Map<Integer, CharterArticle> before = byNumber(from);
        Map<Integer, CharterArticle> after = byNumber(to);
        TreeSet<Integer> numbers = new TreeSet<>(before.keySet());
        numbers.addAll(after.keySet());
        List<ArticleChange> changes = new ArrayList<>();
        for (int number : numbers) {
            CharterArticle a = before.get(number);
            CharterArticle b = after.get(number);
            ArticleChange.Kind kind = a == null ? ArticleChange.Kind.ADDED : b == null ? ArticleChange.Kind.REMOVED
                : a.textFr().equals(b.textFr()) ? ArticleChange.Kind.UNCHANGED : ArticleChange.Kind.CHANGED;
            changes.add(new ArticleChange(number, kind, a == null ? null : a.textFr(), b == null ? null : b.textFr()));
        }
        return changes;
    }

    /** Creates or replaces the draft's articles; numbered in the given order from 1. */
    @Transactional
    public CharterVersion saveDraft(long cofounderId, List<CharterArticle> articles) {
        rights.requireCofounder(cofounderId);
        if (articles.isEmpty() || articles.stream().anyMatch(a -> a.textFr() == null || a.textFr().isBlank())) {
            throw new MembershipRuleException("emptyArticle");
        }
        long draftId = draft().map(CharterVersion::id).orElseGet(() -> jdbc.sql("""
                INSERT INTO membership.charter_version (number, created_at, created_by)
                SELECT coalesce(max(number), 0) + 1, :at, :by FROM membership.charter_version
                RETURNING id""")
            .param("at", Timestamp.from(clock.instant())).param("by", cofounderId).query(Long.class).single());
        jdbc.sql("DELETE FROM membership.charter_article WHERE charter_version_id = :id").param("id", draftId).update();
        int number = 1;
        for (CharterArticle article : articles) {
            jdbc.sql("""
                    INSERT INTO membership.charter_article (charter_version_id, number, text_fr, text_en)
                    VALUES (:id, :number, :fr, :en)""")
                .param("id", draftId).param("number", number++).param("fr", article.textFr().trim())
                .param("en", article.textEn() == null || article.textEn().isBlank() ? null : article.textEn().trim())
                .update();
        }
        return draft().orElseThrow();
    }

    /**
     * Publishes the draft: it becomes the current version, irreversibly, and every member organisation must
     * re-sign it before the deadline.
     */
    @Transactional
    public CharterVersion publish(long cofounderId) {
        rights.requireCofounder(cofounderId);
        Instant now = clock.instant();
        Long draftId = jdbc.sql("""
                UPDATE membership.charter_version SET published_at = :at, published_by = :by, version = version + 1
                 WHERE published_at IS NULL RETURNING id""")
            .param("at", Timestamp.from(now)).param("by", cofounderId).query(Long.class).optional()
            .orElseThrow(() -> new MembershipRuleException("noDraft"));
        CharterVersion published = texts.versions("id = " + draftId).get(0);
        audit.record(cofounderId, "CHARTER_PUBLISHED", null, "version " + published.number());
        if (published.number() > 1) {
            Instant deadline = resignatures.open(published, now);
            events.publishEvent(new CharterPublished(published.number(), deadline));
        }
        return published;
    }

    private static Map<Integer, CharterArticle> byNumber(CharterVersion version) {
        Map<Integer, CharterArticle> map = new LinkedHashMap<>();
        version.articles().forEach(article -> map.put(article.number(), article));
        return map;
    }
}
