-- The language the newsroom speaks to each user (issue 15): null until they choose one, and then the
-- newsroom follows their browser's Accept-Language.
alter table account add column interface_language varchar(2);
alter table account add constraint account_interface_language check (interface_language in ('en', 'ru'));
