-- Why: the Plan de Desarrollo as DNP's SisPT describes it (strategic lines, outcome goals, product
-- goals with yearly targets and yearly costs per funding source), normalized so that the dashboard and
-- the reports can aggregate in SQL. Fields are kept as the file has them so the SisPT export gives the
-- same file back. Money is numeric(24,6): SisPT files carry amounts like 71591416.002 and the totals
-- must be exact, so nothing is rounded to the cent on the way in.

-- The national catalogue of funding sources: the 14 cost columns of SisPT, and SGR.
create table funding_source (
    code     varchar(40) primary key,
    name     text        not null unique,
    position integer     not null,
    kind     text        not null check (kind in ('ORDINARIO', 'SGR'))
);
insert into funding_source (code, name, position, kind) values
    ('RECURSOS_PROPIOS', 'Recursos propios', 1, 'ORDINARIO'),
    ('SGP_EDUCACION', 'SGP educación', 2, 'ORDINARIO'),
    ('SGP_SALUD', 'SGP salud', 3, 'ORDINARIO'),
    ('SGP_DEPORTE', 'SGP deporte', 4, 'ORDINARIO'),
    ('SGP_CULTURA', 'SGP cultura', 5, 'ORDINARIO'),
    ('SGP_LIBRE_INVERSION', 'SGP libre inversión', 6, 'ORDINARIO'),
    ('SGP_LIBRE_DESTINACION', 'SGP libre destinación', 7, 'ORDINARIO'),
    ('SGP_ALIMENTACION_ESCOLAR', 'SGP alimentación escolar', 8, 'ORDINARIO'),
    ('SGP_RIO_MAGDALENA', 'SGP municipios Rio Magdalena', 9, 'ORDINARIO'),
    ('SGP_APSB', 'SGP APSB', 10, 'ORDINARIO'),
    ('CREDITO', 'Crédito', 11, 'ORDINARIO'),
    ('COFINANCIACION_DEPARTAMENTO', 'Transferencias de capital - cofinanciación departamento', 12, 'ORDINARIO'),
    ('COFINANCIACION_NACION', 'Transferencias de capital - cofinanciación nación', 13, 'ORDINARIO'),
    ('OTROS', 'Otros', 14, 'ORDINARIO'),
    ('SGR', 'Recursos SGR', 15, 'SGR');

-- DNP's MGA catalogue of product indicators (reference data, shared by every organization).
create table mga_indicator (
    indicator_code varchar(9) primary key,
    indicator_name text not null,
    product_code   varchar(7) not null,
    product_name   text not null,
    program_code   varchar(4) not null,
    program_name   text not null,
    sector_code    varchar(2) not null,
    sector_name    text not null,
    unit           text
);

create table development_plan (
    id              uuid primary key default gen_random_uuid(),
    organization_id uuid        not null references organization (id),
    name            text        not null,
    first_year      integer     not null check (first_year between 2000 and 2100),
    last_year       integer     not null,
    adopting_act    text,
    created_on      text,        -- "Fecha de creación del plan" of the departmental layout, as written
    layout          text        not null default 'MUNICIPAL' check (layout in ('MUNICIPAL', 'DEPARTAMENTAL')),
    created_at      timestamptz not null default now(),
    version         integer     not null default 0,
    check (last_year >= first_year),
    unique (organization_id, first_year)
);

create table strategic_line (
    id              uuid primary key default gen_random_uuid(),
    organization_id uuid    not null references organization (id),
    plan_id         uuid    not null references development_plan (id) on delete cascade,
    code            varchar(20) not null,
    name            text    not null,
    position        integer not null,
    weight          numeric(20, 6) check (weight >= 0),
    version         integer not null default 0,
    unique (plan_id, code)
);

create table outcome_goal (
    id                 uuid primary key default gen_random_uuid(),
    organization_id    uuid    not null references organization (id),
    plan_id            uuid    not null references development_plan (id) on delete cascade,
    code               varchar(20) not null,
    line_text          text,    -- the file's line cell, e.g. "LE-1-Ambiente…"
    line_id            uuid references strategic_line (id),
    indicator          text    not null,
    in_national_plan   text,
    four_year_target   text,    -- free text in SisPT ("100", "Mantener", …)
    transformation     text,
    position           integer not null,
    version            integer not null default 0,
    unique (plan_id, code)
);

create table product_goal (
    id                uuid primary key default gen_random_uuid(),
    organization_id   uuid    not null references organization (id),
    plan_id           uuid    not null references development_plan (id) on delete cascade,
    budget_kind       text    not null default 'ORDINARIO' check (budget_kind in ('ORDINARIO', 'SGR')),
    sispt_code        varchar(30) not null,
    line_text         text,
    sector_code       varchar(4),
    sector_name       text,
    program_code      varchar(6),
    program_name      text,
    product_code      varchar(10),
    product_name      text,
    indicator_code    varchar(12),
    indicator_name    text,
    custom_name       text,
    unit              text,
    baseline          numeric(20, 6),
    four_year_target  numeric(20, 6),
    programming_type  text    not null check (programming_type in ('SUMA', 'CONSTANTE', 'CRECIENTE', 'DECRECIENTE')),
    type_inferred     boolean not null default false,
    accumulation_text text,
    principal         text,
    ods_code          text,
    ods_name          text,
    sgr_initiative    text,
    sgr_cofinanced    text,
    office_id         uuid references office (id),
    weight            numeric(20, 6) check (weight >= 0),
    eliminated        boolean not null default false,
    position          integer not null,
    version           integer not null default 0,
    unique (plan_id, budget_kind, sispt_code)
);
create index product_goal_plan on product_goal (plan_id, position);
create index product_goal_office on product_goal (organization_id, office_id);
create index product_goal_program on product_goal (plan_id, program_code);

-- A product's line cell may name several lines ("LE-1-…,LE-3-…").
create table product_goal_line (
    goal_id         uuid not null references product_goal (id) on delete cascade,
    line_id         uuid not null references strategic_line (id) on delete cascade,
    organization_id uuid not null references organization (id),
    position        integer not null,
    primary key (goal_id, line_id)
);
create index product_goal_line_line on product_goal_line (line_id);

-- The Plan Indicativo: target per year ("2024"; SGR bienniums "2023-2024") and the file's "Total" cost.
create table product_goal_period (
    goal_id         uuid        not null references product_goal (id) on delete cascade,
    organization_id uuid        not null references organization (id),
    period          varchar(9)  not null,
    target          numeric(20, 6),
    file_total      numeric(24, 6),
    primary key (goal_id, period)
);

-- The Plan Plurianual de Inversiones: cost per period and funding source.
create table product_goal_cost (
    goal_id         uuid        not null references product_goal (id) on delete cascade,
    organization_id uuid        not null references organization (id),
    period          varchar(9)  not null,
    source_code     varchar(40) not null references funding_source (code),
    amount          numeric(24, 6) not null,
    primary key (goal_id, period, source_code)
);

create table product_goal_bpin (
    goal_id         uuid        not null references product_goal (id) on delete cascade,
    organization_id uuid        not null references organization (id),
    bpin            varchar(20) not null,
    position        integer     not null,
    primary key (goal_id, bpin)
);
create index product_goal_bpin_bpin on product_goal_bpin (organization_id, bpin);

-- The sheet "Iniciativas SGR", kept as the file has it.
create table sgr_initiative (
    id              uuid primary key default gen_random_uuid(),
    organization_id uuid    not null references organization (id),
    plan_id         uuid    not null references development_plan (id) on delete cascade,
    code            text,
    line_text       text,
    kind            text,
    sector_name     text,
    initiative      text,
    amount          numeric(24, 6),
    bpin            text,
    position        integer not null
);

-- Every import keeps its report: counts, totals, warnings, who and when.
create table plan_import (
    id              uuid primary key default gen_random_uuid(),
    organization_id uuid        not null references organization (id),
    plan_id         uuid        not null references development_plan (id) on delete cascade,
    file_name       text,
    sha256          varchar(64) not null,
    imported_by     text        not null,
    imported_at     timestamptz not null default now(),
    report          jsonb       not null
);
create index plan_import_plan on plan_import (plan_id, imported_at desc);
