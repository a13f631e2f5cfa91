-- One database per service, each owned by its own role (services never share tables).
-- Run by the postgres image's entrypoint (psql, as the superuser) on an empty data volume only:
-- after changing it, recreate the volume (docker compose down -v).
--
-- Passwords: the defaults below (triage/triage, ...) are overridden by the environment variables
-- SEAMLESS_<SERVICE>_DB_PASSWORD of the postgres container (see docker-compose.yml), read with psql's
-- \getenv, which leaves the default in place when the variable is not set.

\set ON_ERROR_STOP on

\set triage_password triage
\getenv triage_password SEAMLESS_TRIAGE_DB_PASSWORD
\set handoff_password handoff
\getenv handoff_password SEAMLESS_HANDOFF_DB_PASSWORD
\set slack_password slack
\getenv slack_password SEAMLESS_SLACK_DB_PASSWORD
\set notification_password notification
\getenv notification_password SEAMLESS_NOTIFICATION_DB_PASSWORD

CREATE ROLE triage LOGIN PASSWORD :'triage_password';
CREATE DATABASE triage OWNER triage;
REVOKE ALL ON DATABASE triage FROM PUBLIC;

CREATE ROLE handoff LOGIN PASSWORD :'handoff_password';
CREATE DATABASE handoff OWNER handoff;
REVOKE ALL ON DATABASE handoff FROM PUBLIC;

CREATE ROLE slack LOGIN PASSWORD :'slack_password';
CREATE DATABASE slack OWNER slack;
REVOKE ALL ON DATABASE slack FROM PUBLIC;

CREATE ROLE notification LOGIN PASSWORD :'notification_password';
CREATE DATABASE notification OWNER notification;
REVOKE ALL ON DATABASE notification FROM PUBLIC;
