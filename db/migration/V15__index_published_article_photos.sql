-- A photo is public once a published article shows it: every photo request asks, so the question
-- is answered from a small index of published articles' photos.
create index article_published_photo on article (main_photo_id) where status = 'PUBLISHED' and main_photo_id is not null;
