-- An article can be linked to its translation in the other language (issue 15): both rows name each other,
-- so each page links to the other (<link rel="alternate" hreflang>) and so do the sitemaps. An article has at
-- most one translation, and a link survives either story's withdrawal (the link is shown only while both are
-- published); deleting a story drops the link.
alter table article add column translation_id bigint references article (id) on delete set null;
alter table article add constraint article_translation_not_itself check (translation_id <> id);
create unique index article_translation_once on article (translation_id) where translation_id is not null;
