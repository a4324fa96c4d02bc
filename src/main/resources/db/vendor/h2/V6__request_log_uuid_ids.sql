-- Issue 5: the request log's ids as uuid, as on PostgreSQL (its V6, decisions §51), so that both databases take
-- the same statements and values.
alter table request_log alter column id set data type uuid;
alter table request_log alter column session_id set data type uuid;
