-- A counter that moves whenever something readers can see changes. Every server polls it and drops
-- its cached public pages when it moves, so a publication reaches every instance within a second.
create table site_generation (
    id         integer primary key check (id = 1),
    generation bigint      not null,
    changed_at timestamptz not null
);
insert into site_generation (id, generation, changed_at) values (1, 0, now());
