-- Issue 5: the Logs page's three subject indexes keyed by the subject and the time only (decisions §42).
-- PostgreSQL only; H2 keeps the V2 indexes.
--
-- Neither the tenant nor the request id is needed in these keys: a client's primary key and a session's id are
-- unique across tenants, and the query still filters on the tenant (on the rows the index finds). Rows with
-- equal times are put in id order by an incremental sort, a few rows at a time, which the keyset pagination
-- needs. Each entry is about 40 bytes instead of about 100, so a page holds twice as many and splits half as
-- often. Measured with 200,000 rows shaped like the benchmark's in one COPY: 6.8-8.1 µs a row against 9.4-9.7 with
-- the V3 indexes, and the three indexes take 24 MB instead of 56.
--
-- Built concurrently, outside a transaction (V5__request_log_narrower_indexes.sql.conf), so that a large log keeps
-- taking rows meanwhile: each new index is built beside the old one, which is then dropped and its name taken
-- over. Should a run stop half-way, Flyway records V5 as failed and starts no node until `flyway repair`; V5 then
-- runs again from the top, every step of which can be repeated: a half-built index of its own is dropped first,
-- and an old index already dropped is skipped. Flyway's lock is a session lock on PostgreSQL
-- (spring.flyway.postgresql.transactional-lock=false), since a concurrent build waits for every open transaction,
-- a transactional lock's included.

drop index concurrently if exists request_log_client_v5_idx;
create index concurrently request_log_client_v5_idx on request_log (client_pk, at) where client_pk is not null;
drop index concurrently if exists request_log_client_idx;
alter index request_log_client_v5_idx rename to request_log_client_idx;

drop index concurrently if exists request_log_user_token_v5_idx;
create index concurrently request_log_user_token_v5_idx on request_log (user_token_id, at)
    where user_token_id is not null;
drop index concurrently if exists request_log_user_token_idx;
alter index request_log_user_token_v5_idx rename to request_log_user_token_idx;

drop index concurrently if exists request_log_session_v5_idx;
create index concurrently request_log_session_v5_idx on request_log (session_id, at) where session_id is not null;
drop index concurrently if exists request_log_session_idx;
alter index request_log_session_v5_idx rename to request_log_session_idx;
