-- Run once by the postgres image when its data volume is created (docker-entrypoint-initdb.d), as the
-- superuser: the two roles of docs/operations.md, with the development passwords of docker-compose.yml.
CREATE ROLE toitcommun_owner LOGIN PASSWORD 'toitcommun-owner';
CREATE ROLE toitcommun_app LOGIN PASSWORD 'toitcommun-app';
CREATE DATABASE toitcommun OWNER toitcommun_owner;
REVOKE ALL ON DATABASE toitcommun FROM PUBLIC;
GRANT CONNECT ON DATABASE toitcommun TO toitcommun_app;

\connect toitcommun
ALTER DEFAULT PRIVILEGES FOR ROLE toitcommun_owner GRANT USAGE ON SCHEMAS TO toitcommun_app;
ALTER DEFAULT PRIVILEGES FOR ROLE toitcommun_owner GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO toitcommun_app;
ALTER DEFAULT PRIVILEGES FOR ROLE toitcommun_owner GRANT USAGE, SELECT ON SEQUENCES TO toitcommun_app;
-- row-level security may then use the calendars' and the directory's indexes (RowSecurity, docs/operations.md)
ALTER FUNCTION pg_catalog.range_overlaps(anyrange, anyrange) LEAKPROOF;
ALTER FUNCTION pg_catalog.textlike(text, text) LEAKPROOF;
