-- Why: PE-P-004 steps 3–4. Every period (monthly by default) each office reports in its capture sheet
-- (hoja de captura) what it executed of the goals programmed in its approved action plan, with a
-- description, evidence and the budget execution of its projects; the planning office returns the
-- sheet with observations per goal or accepts it, and finally closes the period, which locks its
-- figures. Every transition is kept (events), every submitted round is kept (a snapshot of its rows,
-- so that the reviewer sees what changed since the last submission), and each row a person edits
-- carries a version for optimistic locking: two people saving the same row never overwrite each other.

-- The organization's rule for periods and deadlines (one row per organization; absent = defaults).
create table capture_settings (
    organization_id   uuid          primary key references organization (id),
    period_kind       text          not null default 'MONTH' check (period_kind in ('MONTH', 'QUARTER')),
    deadline_days     integer       not null default 10 check (deadline_days between 0 and 90),
    tolerance_percent numeric(6, 2) not null default 10 check (tolerance_percent between 0 and 100),
    max_evidence_mb   integer       not null default 10 check (max_evidence_mb between 1 and 20),
    reminder_days     integer       not null default 3 check (reminder_days between 0 and 30),
    updated_at        timestamptz   not null default now(),
    version           integer       not null default 0
);

-- A period opened for capture by the planning office. starts_on/ends_on are the period's dates, kept
-- so that the lock of any value (a month, a quarter, a year) is one overlap query.
create table capture_period (
    organization_id uuid        not null references organization (id),
    period          varchar(7)  not null check (period ~ '^[0-9]{4}-(Q[1-4]|0[1-9]|1[0-2])$'),
    starts_on       date        not null,
    ends_on         date        not null,
    state           text        not null default 'ABIERTO' check (state in ('ABIERTO', 'CERRADO')),
    deadline        date        not null,
    opened_by       text        not null,
    opened_at       timestamptz not null default now(),
    closed_by       text,
    closed_at       timestamptz,
    version         integer     not null default 0,
    primary key (organization_id, period),
    check (ends_on >= starts_on),
    check (state = 'ABIERTO' or closed_at is not null)
);
create index capture_period_dates on capture_period (organization_id, starts_on, ends_on) where state = 'CERRADO';
create index capture_period_deadline on capture_period (deadline) where state = 'ABIERTO';

-- Opening, closing and reopening, with who and why (a reopening needs its reason).
create table capture_period_event (
    id              bigint generated always as identity primary key,
    organization_id uuid        not null references organization (id),
    period          varchar(7)  not null,
    action          text        not null check (action in ('ABIERTO', 'CERRADO', 'REABIERTO')),
    reason          text,
    not_reported    integer     not null default 0,
    actor           text        not null,
    at              timestamptz not null default now(),
    foreign key (organization_id, period) references capture_period (organization_id, period),
    check (action <> 'REABIERTO' or length(trim(reason)) > 0)
);
create index capture_period_event_period on capture_period_event (organization_id, period, id);

-- The capture sheet of an office for a period. not_reported is set when the period is closed while the
-- sheet was never accepted (the office did not report, or its corrections never came back).
create table progress_report (
    id              uuid primary key default gen_random_uuid(),
    organization_id uuid        not null references organization (id),
    office_id       uuid        not null references office (id),
    period          varchar(7)  not null,
    state           text        not null default 'BORRADOR'
                        check (state in ('BORRADOR', 'ENVIADO', 'DEVUELTO', 'ACEPTADO')),
    round           integer     not null default 0,
    not_reported    boolean     not null default false,
    submitted_at    timestamptz,
    submitted_by    text,
    reviewed_at     timestamptz,
    reviewed_by     text,
    created_at      timestamptz not null default now(),
    version         integer     not null default 0,
    unique (organization_id, period, office_id),
    foreign key (organization_id, period) references capture_period (organization_id, period)
);
create index progress_report_office on progress_report (organization_id, office_id, period);

-- One row per goal programmed in the office's approved action plan for the period's year.
create table progress_report_row (
    report_id       uuid           not null references progress_report (id) on delete cascade,
    goal_id         uuid           not null references product_goal (id),
    organization_id uuid           not null references organization (id),
    executed        numeric(20, 6) check (executed >= 0),
    description     text,
    updated_by      text,
    updated_at      timestamptz,
    version         integer        not null default 0,
    primary key (report_id, goal_id)
);

-- What each submission (round) said, row by row: the reviewer compares a round with the one before.
create table progress_report_round_row (
    report_id       uuid           not null references progress_report (id) on delete cascade,
    round           integer        not null check (round > 0),
    goal_id         uuid           not null references product_goal (id),
    organization_id uuid           not null references organization (id),
    executed        numeric(20, 6),
    description     text,
    evidence        integer        not null default 0,
    primary key (report_id, round, goal_id)
);

create table progress_report_event (
    id              bigint generated always as identity primary key,
    report_id       uuid        not null references progress_report (id) on delete cascade,
    organization_id uuid        not null references organization (id),
    round           integer     not null,
    from_state      text,
    to_state        text        not null,
    actor           text        not null,
    comment         text,
    at              timestamptz not null default now()
);
create index progress_report_event_report on progress_report_event (report_id, id);

create table progress_report_observation (
    event_id        bigint not null references progress_report_event (id) on delete cascade,
    goal_id         uuid   not null references product_goal (id),
    organization_id uuid   not null references organization (id),
    observation     text   not null check (length(trim(observation)) > 0),
    primary key (event_id, goal_id)
);

-- Evidence of a row: a stored file (by its SHA-256, never its bytes) or a link.
create table progress_report_evidence (
    id              uuid primary key default gen_random_uuid(),
    report_id       uuid        not null references progress_report (id) on delete cascade,
    goal_id         uuid        not null references product_goal (id),
    organization_id uuid        not null references organization (id),
    kind            text        not null check (kind in ('ARCHIVO', 'ENLACE')),
    name            text        not null check (length(trim(name)) > 0),
    sha256          varchar(64) references stored_file (sha256),
    content_type    text,
    size            integer,
    url             text check (url ~* '^https?://'),
    added_by        text        not null,
    added_at        timestamptz not null default now(),
    check ((kind = 'ARCHIVO') = (sha256 is not null)),
    check ((kind = 'ENLACE') = (url is not null))
);
create index progress_report_evidence_row on progress_report_evidence (report_id, goal_id);

-- Budget execution of the sheet per project (BPIN) and funding source, year to date at the period's
-- end (as the treasury reports it). origin HACIENDA: the treasury's figure, which wins; what the office
-- had typed before is kept in office_figures so the conflict can be shown.
create table progress_report_budget (
    id              bigint generated always as identity primary key,
    report_id       uuid           not null references progress_report (id) on delete cascade,
    organization_id uuid           not null references organization (id),
    project_bpin    varchar(20)    not null check (project_bpin ~ '^[0-9]{8,20}$'),
    source_code     varchar(40)    not null references funding_source (code),
    appropriation   numeric(20, 2) check (appropriation >= 0),
    commitments     numeric(20, 2) check (commitments >= 0),
    obligations     numeric(20, 2) check (obligations >= 0),
    payments        numeric(20, 2) check (payments >= 0),
    origin          text           not null default 'OFICINA' check (origin in ('OFICINA', 'HACIENDA')),
    office_figures  jsonb,
    cut_date        date,
    updated_by      text,
    updated_at      timestamptz,
    version         integer        not null default 0,
    unique (report_id, project_bpin, source_code)
);

-- The tracking module's read of the approved action plans (the planning module owns the tables):
-- each goal an office programmed for a year, with its year's target and quarters, and what the
-- capture sheet shows of the goal. Only approved plans: a draft programs nothing yet.
create view tracking_programmed_goal as
select p.organization_id, p.office_id, p.year, p.id as plan_id, d.goal_id, d.target, d.q1, d.q2, d.q3, d.q4,
       g.sispt_code, coalesce(nullif(btrim(g.custom_name), ''), g.indicator_name, g.product_name, g.sispt_code) as name,
       g.unit, g.programming_type, g.baseline, g.eliminated, g.program_code, g.program_name, g.position
from action_plan p
join action_plan_goal d on d.plan_id = p.id
join product_goal g on g.id = d.goal_id
where p.state = 'APROBADO' and d.programmed;

-- The money of the approved plans per goal, project and funding source.
create view tracking_programmed_budget as
select p.organization_id, p.office_id, p.year, b.goal_id, b.project_bpin, b.source_code, s.name as source_name,
       s.position as source_position, b.amount
from action_plan p
join action_plan_budget b on b.plan_id = p.id
join funding_source s on s.code = b.source_code
where p.state = 'APROBADO';
