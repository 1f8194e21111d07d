-- Why: issue 4 §6, the POAI "keeps the version approved with the budget". The POAI a page shows is always
-- the current one (the approved action plans with their approved modifications); the one that went with
-- the budget (the Concejo's ordinance, or the mayor's decree when the Concejo did not approve it) is a
-- legal fact of one moment. The planning office takes it explicitly, once per year, with the date and the
-- reference of the ordinance or decree; it is a frozen copy of the consolidated lines and of the totals by
-- source against the ceilings (jsonb, with the names as they were), and the trigger refuses any update or
-- delete, whoever connects, as for the publications (V13). Never edited, so no version column.
create table poai_budget_approval (
    id              uuid primary key default gen_random_uuid(),
    organization_id uuid           not null references organization (id),
    year            integer        not null check (year between 2000 and 2100),
    approved_on     date           not null,
    act_reference   text           not null check (length(trim(act_reference)) > 0),
    plans           integer        not null check (plans > 0),
    total           numeric(20, 2) not null,
    total_ceiling   numeric(20, 2) not null,
    lines           jsonb          not null check (jsonb_typeof(lines) = 'array'),
    sources         jsonb          not null check (jsonb_typeof(sources) = 'array'),
    taken_by        text           not null,
    taken_at        timestamptz    not null default now(),
    unique (organization_id, year)
);

create function poai_budget_approval_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'El POAI aprobado con el presupuesto no se cambia ni se borra';
end $$;

create trigger poai_budget_approval_frozen before update or delete on poai_budget_approval
    for each row execute function poai_budget_approval_immutable();
