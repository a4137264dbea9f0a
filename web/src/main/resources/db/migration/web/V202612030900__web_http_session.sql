-- HTTP sessions, shared by every instance of the application (Spring Session JDBC, the layout it expects:
-- spring.session.jdbc.table-name=web.http_session). A session is signed-in state, a CSRF token, the chosen
-- language: nothing to keep in a backup (Catalog leaves these two tables out), nothing to keep after a restore.
CREATE TABLE web.http_session (
    primary_id            char(36)     NOT NULL PRIMARY KEY,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval int          NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100)
);
CREATE UNIQUE INDEX http_session_id_idx ON web.http_session (session_id);
CREATE INDEX http_session_expiry_idx ON web.http_session (expiry_time);
CREATE INDEX http_session_principal_idx ON web.http_session (principal_name);

CREATE TABLE web.http_session_attributes (
    session_primary_id char(36)     NOT NULL REFERENCES web.http_session (primary_id) ON DELETE CASCADE,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    PRIMARY KEY (session_primary_id, attribute_name)
);
