-- Photos an editor can work with: a focal point each photo's crops keep in frame, crops and WebP
-- copies beside the plain renditions, and credits stored without the copyright sign the page adds.

-- The point of interest, in per cent of the width and height from the top left; null: the centre.
alter table media_asset add column focal_x integer;
alter table media_asset add column focal_y integer;
alter table media_asset add constraint media_asset_focal_point check (
    (focal_x is null) = (focal_y is null)
    and (focal_x is null or (focal_x between 0 and 100 and focal_y between 0 and 100)));

-- A credit typed as "© Reuters" (or "(c) Reuters", "Copyright Reuters") is stored as "Reuters":
-- pages print the sign once.
update media_asset
   set credit = regexp_replace(credit, '^(\s|©|\(c\)|copyright\M)+', '', 'i')
 where credit ~* '^(\s|©|\(c\)|copyright\M)';

-- A rendition is known by its photo, its shape ('full': the whole photo; '3:2', '1.91:1', '1:1':
-- crops around the focal point), its width and its format (JPEG or PNG as the original, and WebP).
-- A crop records the focal point it was made for, so that a crop made for an older point is never
-- served for a newer one.
alter table media_rendition add column shape varchar(8) not null default 'full';
alter table media_rendition add column focal_x integer;
alter table media_rendition add column focal_y integer;
alter table media_rendition drop constraint media_rendition_pkey;
alter table media_rendition add primary key (asset_id, shape, width, mime_type);
alter table media_rendition add constraint media_rendition_shape check (shape in ('full', '3:2', '1.91:1', '1:1'));
