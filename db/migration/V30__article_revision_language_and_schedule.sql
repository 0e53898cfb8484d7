-- A revision keeps everything the editor's form shows, so that the conflict page can tell, field by
-- field, what the other editor changed since a form was opened: the article's language, its planned
-- publication time and its embargo join the rest. Revisions written before this have none of the
-- three (their language is null, which says so); the conflict page then asks about these fields
-- rather than guess.
alter table article_revision
    add column language      varchar(2),
    add column scheduled_at  timestamptz,
    add column embargo_until timestamptz;
