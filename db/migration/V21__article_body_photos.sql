-- Photos of the library placed inside an article's body (<figure data-photo="N">), kept in step with
-- the body on every save. A photo is public once a published article shows it, in its body too.
create table article_body_photo (
    article_id bigint not null references article (id) on delete cascade,
    asset_id   bigint not null references media_asset (id),
    primary key (article_id, asset_id)
);

create index article_body_photo_asset on article_body_photo (asset_id);
