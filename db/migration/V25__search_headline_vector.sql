-- Search ranks headline matches first, then the newest. Deciding whether a match's headline matches
-- took a to_tsvector of every matching article's headline at query time (a common word: thousands
-- per search). The headline's own search vector is kept with the row (computed by PostgreSQL from the
-- headline and language, as the search vector's headline part is), with an index of its own, so that
-- headline matches are found directly and the rest of the matches are only read newest first until
-- a page is full.
alter table article add column headline_vector tsvector generated always as (
    to_tsvector(case language when 'ru' then 'russian'::regconfig else 'english'::regconfig end, headline)) stored;

create index article_headline_search on article using gin (headline_vector) where status = 'PUBLISHED';
