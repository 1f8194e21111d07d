-- Why: DNP's "Informe de Seguimiento al PDT" is checked against Rumbo's own figures, row by row. DNP
-- adds up SisPT goals that share a product, indicator and BPIN ("IP-12, IP-16"), so a row is a
-- reconciliation unit that cannot be split into goals: it is kept here as DNP wrote it, one row per
-- unit and execution year, for each of the two detail sheets. Only the last file loaded for a plan is
-- kept (the audit trail holds what it replaced). Units are keyed by their SisPT codes, which DNP never
-- repeats within a sheet, so loading the same file twice writes nothing.
--
-- Also here (one migration number per branch): the views through which the tracking module reads
-- the goals its values hang from, instead of reaching into the structure module's tables.

create table dnp_seguimiento_load (
    plan_id         uuid primary key references development_plan (id) on delete cascade,
    organization_id uuid        not null references organization (id),
    file_name       text,
    sha256          varchar(64) not null,
    dane_code       varchar(5),
    entity_name     text,
    cut_date        date,
    years           integer[]   not null,
    loaded_by       text        not null,
    loaded_at       timestamptz not null default now(),
    report          jsonb       not null,
    version         integer     not null default 0
);

create table dnp_physical_unit (
    plan_id         uuid           not null references development_plan (id) on delete cascade,
    organization_id uuid           not null references organization (id),
    sispt_codes     text[]         not null check (cardinality(sispt_codes) > 0),
    year            integer        not null check (year between 2000 and 2100),
    row_number      integer        not null,
    product_code    text,
    indicator_code  text,
    indicator_name  text,
    bpin_codes      text[]         not null default '{}',
    programmed      numeric(20, 6),
    executed        numeric(20, 6),
    -- DNP's "Avance físico": a binary double printed with 15 significant digits, kept as printed
    progress        numeric,
    explanation     text,
    primary key (plan_id, sispt_codes, year)
);
create index dnp_physical_unit_org on dnp_physical_unit (organization_id, year);

create table dnp_financial_unit (
    plan_id           uuid           not null references development_plan (id) on delete cascade,
    organization_id   uuid           not null references organization (id),
    sispt_codes       text[]         not null check (cardinality(sispt_codes) > 0),
    year              integer        not null check (year between 2000 and 2100),
    row_number        integer        not null,
    product_code      text,
    bpin_codes        text[]         not null default '{}',
    programmed        numeric(24, 6),
    commitments       numeric(24, 6),
    obligations       numeric(24, 6),
    payments          numeric(24, 6),
    obligations_ratio numeric,
    explanation       text,
    primary key (plan_id, sispt_codes, year)
);
create index dnp_financial_unit_org on dnp_financial_unit (organization_id, year);

-- The tracking module's read of the plan: which goal belongs to which organization and plan, and
-- the plan's years (a value outside them is refused).
create view tracking_goal as
select g.id, g.organization_id, g.plan_id, g.sispt_code, g.budget_kind, g.eliminated,
       p.first_year, p.last_year
from product_goal g
join development_plan p on p.id = g.plan_id;

-- Values and budget execution with their plan, for read models (the dashboard) that aggregate a
-- whole plan in SQL. period_kind and year are derived from the period text ('2025', '2025-Q3',
-- '2025-09') so that queries need not parse it.
create view goal_value_by_plan as
select g.plan_id, v.goal_id, v.organization_id, v.period,
       case when length(v.period) = 4 then 'YEAR'
            when v.period like '%-Q%' then 'QUARTER'
            else 'MONTH' end as period_kind,
       substr(v.period, 1, 4)::integer as year,
       v.programmed, v.executed, v.source, v.updated_at, v.version
from goal_value v
join product_goal g on g.id = v.goal_id;

create view goal_budget_by_plan as
select g.plan_id, b.goal_id, b.organization_id, b.year, b.appropriation, b.commitments, b.obligations,
       b.payments, b.source, b.updated_at, b.version
from goal_budget_execution b
join product_goal g on g.id = b.goal_id;
