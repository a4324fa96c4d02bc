-- Issue 5: the request log's ids as uuid (decisions §51).
--
-- Every id Gatehouse has written here is a UUID (the request's X-Request-Id, the session's id), kept as 36
-- characters of text. As uuid each is 16 bytes: a row is some 40 bytes narrower, and so are the entries of the
-- primary key and of the session index. Measured with 200,000 rows shaped like the benchmark's, in 100-row
-- transactions into a table of 1,000,000 (every PostgreSQL process's CPU): about 7.3 µs a row against 8.4, and
-- 271 MB per million rows against 391.
--
-- One statement, so one rewrite of the table and one build of each index. It holds the log's inserts meanwhile
-- (as V3 did): the writers spill to their files and replay them afterwards, so no entry is lost. Nodes of the
-- version before bind these ids as text, which PostgreSQL does not compare with a uuid: upgrade every node.
alter table request_log
    alter column id type uuid using id::uuid,
    alter column session_id type uuid using session_id::uuid;
