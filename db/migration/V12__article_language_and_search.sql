-- Full-text search: every article has a language (its stemming) and a weighted search vector over
-- headline (A), lead and tags (B) and body text (C), kept up to date by a trigger; a GIN index finds it.
alter table article add column language varchar(2) not null default 'en';
alter table article add constraint article_language check (language in ('en', 'ru'));
alter table article add column search_tags text not null default '';
alter table article add column search_vector tsvector;

create function article_search_vector() returns trigger language plpgsql as $$
declare
    config regconfig := case new.language when 'ru' then 'russian'::regconfig else 'english'::regconfig end;
begin
    new.search_vector :=
        setweight(to_tsvector(config, coalesce(new.headline, '')), 'A') ||
        setweight(to_tsvector(config, coalesce(new.lead, '')), 'B') ||
        setweight(to_tsvector(config, coalesce(new.search_tags, '')), 'B') ||
        setweight(to_tsvector(config, regexp_replace(coalesce(new.body_html, ''), '<[^>]+>', ' ', 'g')), 'C');
    return new;
end;
$$;

create trigger article_search_vector_update before insert or update of headline, lead, body_html, search_tags, language
    on article for each row execute function article_search_vector();

update article a set search_tags = coalesce((select string_agg(t.name, ' ' order by at.position)
    from article_tag at join tag t on t.id = at.tag_id where at.article_id = a.id), '');

create index article_search on article using gin (search_vector);
