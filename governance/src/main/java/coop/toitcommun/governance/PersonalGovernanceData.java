package coop.toitcommun.governance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The legal entities' part of a person's data (RGPD): what they download about themselves. */
@Service
@Transactional(readOnly = true)
public class PersonalGovernanceData {

    private final JdbcClient jdbc;

    PersonalGovernanceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public GovernanceDataExport export(long personId) {
        var mandates = jdbc.sql("""
                SELECT e.name, b.name, m.role, o.name, m.starts_on, m.ends_on FROM governance.mandate m
                  JOIN governance.body b ON b.id = m.body_id JOIN governance.entity e ON e.id = b.entity_id
                  LEFT JOIN membership.organisation o ON o.id = m.organisation_id
                 WHERE m.person_id = :id ORDER BY m.starts_on, m.id""")
            .param("id", personId)
            .query((rs, n) -> new GovernanceDataExport.MandateRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), date(rs, 5), date(rs, 6)))
            .list();
        var registers = jdbc.sql("""
                SELECT e.name, a.category, a.entry_date, a.exit_date, a.exit_reason FROM governance.associate a
                  JOIN governance.entity e ON e.id = a.entity_id WHERE a.person_id = :id ORDER BY a.entry_date, a.id""")
            .param("id", personId)
            .query((rs, n) -> new GovernanceDataExport.AssociateRecord(rs.getString(1), rs.getString(2), date(rs, 3),
                date(rs, 4), rs.getString(5)))
            .list();
        var meetings = jdbc.sql("""
                SELECT e.name, m.title, m.starts_at, p.attendance, p.votes FROM governance.participant p
                  JOIN governance.meeting m ON m.id = p.meeting_id JOIN governance.entity e ON e.id = m.entity_id
                 WHERE p.person_id = :id ORDER BY m.starts_at, m.id""")
            .param("id", personId)
            .query((rs, n) -> new GovernanceDataExport.MeetingRecord(rs.getString(1), rs.getString(2),
                rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getInt(5)))
            .list();
        var answers = jdbc.sql("""
                SELECT m.title, i.title, w.answer, w.answered_at FROM governance.written_answer w
                  JOIN governance.meeting m ON m.id = w.meeting_id JOIN governance.agenda_item i ON i.id = w.item_id
                 WHERE w.answered_by = :id
                UNION ALL
                SELECT m.title, i.title, 'SECRET', s.answered_at FROM governance.secret_answer_given s
                  JOIN governance.meeting m ON m.id = s.meeting_id JOIN governance.agenda_item i ON i.id = s.item_id
                 WHERE s.answered_by = :id
                 ORDER BY 4""")
            .param("id", personId)
            .query((rs, n) -> new GovernanceDataExport.AnswerRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getTimestamp(4).toInstant()))
            .list();
        var responsibilities = jdbc.sql("""
                SELECT title, true FROM governance.responsibility WHERE holder_id = :id
                UNION ALL
                SELECT r.title, false FROM governance.responsibility_backup b
                  JOIN governance.responsibility r ON r.id = b.responsibility_id WHERE b.person_id = :id
                 ORDER BY 1""")
            .param("id", personId)
            .query((rs, n) -> new GovernanceDataExport.ResponsibilityRecord(rs.getString(1), rs.getBoolean(2)))
            .list();
        return new GovernanceDataExport(mandates, registers, meetings, answers, responsibilities);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
