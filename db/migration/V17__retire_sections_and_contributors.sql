-- Sections and contributors are retired rather than deleted once stories use them: a retired one is
-- not offered for new stories and keeps its existing ones. Section positions become unique (the
-- current order is kept); the check is deferrable so that one statement, or one transaction, may
-- move several sections at once.
alter table section add column retired_at timestamptz;
alter table contributor add column retired_at timestamptz;

update section s set position = ordered.place
from (select id, row_number() over (order by position, name, id) - 1 as place from section) ordered
where s.id = ordered.id;

alter table section add constraint section_position_not_negative check (position >= 0);
alter table section add constraint section_position_unique unique (position) deferrable initially immediate;
