-- Why: PE-F-012 lists, for each investment project of the plan, its activities with who is responsible,
-- when they run and what evidence they will leave; the capture sheets will later report against them.
create table action_plan_activity (
    id                uuid primary key default gen_random_uuid(),
    organization_id   uuid        not null references organization (id),
    plan_id           uuid        not null references action_plan (id) on delete cascade,
    project_bpin      varchar(20) not null check (project_bpin ~ '^[0-9]{8,20}$'),
    project_name      text,
    name              text        not null check (length(trim(name)) > 0),
    responsible       text        not null check (length(trim(responsible)) > 0),
    starts_on         date        not null,
    ends_on           date        not null,
    expected_evidence text        not null check (length(trim(expected_evidence)) > 0),
    version           integer     not null default 0,
    check (ends_on >= starts_on)
);
create index action_plan_activity_plan on action_plan_activity (plan_id, project_bpin);
