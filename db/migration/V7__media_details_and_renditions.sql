-- Alt text for photos, and the resized copies the public site serves.
alter table media_asset add column alt_text varchar(1000) not null default '';
create index media_asset_newest on media_asset (created_at desc, id desc);

create table media_rendition (
    asset_id  bigint      not null references media_asset (id) on delete cascade,
    width     integer     not null,
    height    integer     not null,
    mime_type varchar(100) not null,
    bytes     bytea       not null,
    primary key (asset_id, width)
);
