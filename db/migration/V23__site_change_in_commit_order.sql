-- Changes are read in commit order, whatever the length of the transaction that wrote them: each
-- row carries the id of its transaction, and every server reads the rows that became visible
-- since its previous snapshot (pg_visible_in_snapshot), instead of looking back a fixed time.
alter table site_change add column xid xid8 not null default pg_current_xact_id();
create index site_change_xid on site_change (xid);
