package coop.toitcommun.membership;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads charter versions with their articles: two queries whatever the number of versions. */
@Component
class CharterTexts {

    private final JdbcClient jdbc;

    CharterTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CharterVersion> current() {
        return versions("number = (SELECT max(number) FROM membership.charter_version WHERE published_at IS NOT NULL)")
            .stream().findFirst();
    }

    List<CharterVersion> versions(String condition) {
        record Row(long id, int number, Timestamp publishedAt) { }
        List<Row> rows = jdbc.sql("SELECT id, number, published_at FROM membership.charter_version WHERE " + condition
                + " ORDER BY number DESC")
            .query((rs, n) -> new Row(rs.getLong("id"), rs.getInt("number"), rs.getTimestamp("published_at"))).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CharterArticle>> articles = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT charter_version_id, number, text_fr, text_en FROM membership.charter_article
                 WHERE charter_version_id IN (:ids) ORDER BY number""")
            .param("ids", rows.stream().map(Row::id).toList())
            .query(rs -> {
                articles.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                    .add(new CharterArticle(rs.getInt(2), rs.getString(3), rs.getString(4)));
            });
        return rows.stream().map(row -> new CharterVersion(row.id(), row.number(),
                row.publishedAt() == null ? null : row.publishedAt().toInstant(), articles.getOrDefault(row.id(), List.of())))
            .sorted(Comparator.comparingInt(CharterVersion::number).reversed()).toList();
    }

}
