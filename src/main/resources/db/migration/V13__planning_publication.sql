-- Why: Ley 1474 art. 74 requires publishing the year's action plan by 31 January. A publication is a
-- frozen snapshot (xlsx and PDF) of the approved plans with the SHA-256 of each file and its time,
-- kept forever: a later change publishes a new version beside it, never over it. The trigger refuses
-- any update or delete, whoever connects.
create table action_plan_publication (
    id              uuid primary key default gen_random_uuid(),
    organization_id uuid        not null references organization (id),
    year            integer     not null check (year between 2000 and 2100),
    version         integer     not null check (version > 0),
    plans           integer     not null,
    total           numeric(20, 2) not null,
    content_sha256  varchar(64) not null,
    xlsx_sha256     varchar(64) not null references planning_file (sha256),
    pdf_sha256      varchar(64) not null references planning_file (sha256),
    published_by    text        not null,
    published_at    timestamptz not null default now(),
    unique (organization_id, year, version)
);

create function action_plan_publication_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'Una publicación del plan de acción no se cambia ni se borra; publique una nueva versión';
end $$;

create trigger action_plan_publication_frozen before update or delete on action_plan_publication
    for each row execute function action_plan_publication_immutable();
