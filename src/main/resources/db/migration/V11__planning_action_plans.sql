-- Why: the yearly Plan de Acción of PE-P-002. The planning office opens a fiscal year for
-- formulation (deadline and the official letter), the treasury sets budget ceilings per office,
-- program and funding source, each office decides for every goal of the Plan Indicativo it has that
-- year (programmed with target, quarters and money per project and source, or not programmed with a
-- reason), and the plan moves BORRADOR → ENVIADO → DEVUELTO | REVISADO → APROBADO. Every transition
-- is kept (action_plan_event) so that each review round stays readable. Money is numeric(20,2): pesos
-- and cents, the POAI is added up exactly.

-- Files (the official letter, published snapshots) are stored once by their SHA-256, apart from the
-- business rows that name them: the audit trail then records the hash, not megabytes of hex, and a
-- stored file can never change. A file is reached only through a row of its organization.
create table planning_file (
    sha256       varchar(64) primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    content      bytea       not null,
    content_type text        not null,
    size         integer     not null,
    stored_at    timestamptz not null default now()
);

create function planning_file_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'Un archivo guardado no se cambia ni se borra';
end $$;

create trigger planning_file_frozen before update or delete on planning_file
    for each row execute function planning_file_immutable();

create table formulation (
    organization_id uuid        not null references organization (id),
    year            integer     not null check (year between 2000 and 2100),
    deadline        date        not null,
    letter_sha256   varchar(64) references planning_file (sha256),
    letter_name     text,
    opened_by       text        not null,
    opened_at       timestamptz not null default now(),
    version         integer     not null default 0,
    primary key (organization_id, year)
);

create table budget_ceiling (
    organization_id uuid           not null references organization (id),
    year            integer        not null check (year between 2000 and 2100),
    office_id       uuid           not null references office (id),
    program_code    varchar(6)     not null,
    source_code     varchar(40)    not null references funding_source (code),
    amount          numeric(20, 2) not null check (amount >= 0),
    updated_at      timestamptz    not null default now(),
    version         integer        not null default 0,
    primary key (organization_id, year, office_id, program_code, source_code)
);

create table action_plan (
    id                uuid primary key default gen_random_uuid(),
    organization_id   uuid        not null references organization (id),
    office_id         uuid        not null references office (id),
    year              integer     not null check (year between 2000 and 2100),
    state             text        not null default 'BORRADOR'
                          check (state in ('BORRADOR', 'ENVIADO', 'DEVUELTO', 'REVISADO', 'APROBADO')),
    round             integer     not null default 0,
    approved_on       date,
    minutes_reference text,
    minutes_sha256    varchar(64) references planning_file (sha256),
    minutes_name      text,
    created_at        timestamptz not null default now(),
    version           integer     not null default 0,
    unique (organization_id, office_id, year),
    check (state <> 'APROBADO' or (approved_on is not null and minutes_reference is not null))
);

-- One decision per goal of the Plan Indicativo: programmed (target and quarters) or not, with a reason.
create table action_plan_goal (
    plan_id               uuid           not null references action_plan (id) on delete cascade,
    goal_id               uuid           not null references product_goal (id),
    organization_id       uuid           not null references organization (id),
    programmed            boolean        not null,
    target                numeric(20, 6) check (target >= 0),
    q1                    numeric(20, 6) check (q1 >= 0),
    q2                    numeric(20, 6) check (q2 >= 0),
    q3                    numeric(20, 6) check (q3 >= 0),
    q4                    numeric(20, 6) check (q4 >= 0),
    not_programmed_reason text,
    updated_at            timestamptz    not null default now(),
    version               integer        not null default 0,
    primary key (plan_id, goal_id),
    check (programmed = (target is not null)),
    check (programmed or length(trim(not_programmed_reason)) > 0)
);

create table action_plan_budget (
    id              bigint generated always as identity primary key,
    plan_id         uuid           not null,
    goal_id         uuid           not null,
    organization_id uuid           not null references organization (id),
    project_bpin    varchar(20)    not null check (project_bpin ~ '^[0-9]{8,20}$'),
    source_code     varchar(40)    not null references funding_source (code),
    amount          numeric(20, 2) not null check (amount > 0),
    foreign key (plan_id, goal_id) references action_plan_goal (plan_id, goal_id) on delete cascade,
    unique (plan_id, goal_id, project_bpin, source_code)
);
create index action_plan_budget_plan on action_plan_budget (plan_id);

-- Every transition, with its round (a submission opens a round) and, for a return, the observations.
create table action_plan_event (
    id              bigint generated always as identity primary key,
    plan_id         uuid        not null references action_plan (id) on delete cascade,
    organization_id uuid        not null references organization (id),
    round           integer     not null,
    from_state      text,
    to_state        text        not null,
    actor           text        not null,
    observations    text,
    at              timestamptz not null default now()
);
create index action_plan_event_plan on action_plan_event (plan_id, id);

create table action_plan_observation (
    event_id        bigint not null references action_plan_event (id) on delete cascade,
    goal_id         uuid   not null references product_goal (id),
    organization_id uuid   not null references organization (id),
    observation     text   not null check (length(trim(observation)) > 0),
    primary key (event_id, goal_id)
);

-- The planning module's read of the Plan Indicativo: the goals of year Y by office with their year's
-- target and cost (the structure module owns the tables; planning reads them only through these views).
create view planning_goal_year as
select g.id as goal_id, g.organization_id, g.plan_id, g.office_id, y.year, g.sispt_code,
       g.sector_code, g.sector_name, g.program_code, g.program_name,
       coalesce(g.custom_name, g.indicator_name, g.product_name) as name, g.unit, g.programming_type,
       (select t.target from product_goal_period t where t.goal_id = g.id and t.period = y.year::text) as target,
       (select coalesce(sum(c.amount), 0) from product_goal_cost c
         where c.goal_id = g.id and c.period = y.year::text) as cost
from product_goal g
join development_plan p on p.id = g.plan_id
cross join lateral generate_series(p.first_year, p.last_year) as y(year)
where not g.eliminated;

create view planning_goal_cost as
select g.id as goal_id, g.organization_id, g.office_id, g.program_code, g.program_name,
       c.period::integer as year, c.source_code, c.amount
from product_goal g
join product_goal_cost c on c.goal_id = g.id
where not g.eliminated and c.period ~ '^[0-9]{4}$';

create view planning_funding_source as
select code, name, position from funding_source;
