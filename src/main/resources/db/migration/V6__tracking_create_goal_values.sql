-- Why: the programmed and executed values of each goal per period are what every progress figure is
-- computed from (progress-rules.md §1). A period is a year ("2025"), a quarter ("2025-Q3") or a month
-- ("2025-09"); the source says where a value came from (a person through the API, DNP's seguimiento
-- file, the municipality's own workbook, and later the capture sheets). Budget execution per goal and
-- year sits beside it (apropiación, compromisos, obligaciones, pagos).
create table goal_value (
    goal_id         uuid           not null references product_goal (id) on delete cascade,
    organization_id uuid           not null references organization (id),
    period          varchar(7)     not null check (period ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'),
    programmed      numeric(20, 6) check (programmed >= 0),
    executed        numeric(20, 6) check (executed >= 0),
    source          text           not null default 'MANUAL'
                        check (source in ('MANUAL', 'DNP', 'MUNICIPIO', 'CAPTURA')),
    updated_at      timestamptz    not null default now(),
    version         integer        not null default 0,
    primary key (goal_id, period)
);
create index goal_value_org_period on goal_value (organization_id, period);

create table goal_budget_execution (
    goal_id         uuid           not null references product_goal (id) on delete cascade,
    organization_id uuid           not null references organization (id),
    year            integer        not null check (year between 2000 and 2100),
    appropriation   numeric(24, 6) check (appropriation >= 0),
    commitments     numeric(24, 6) check (commitments >= 0),
    obligations     numeric(24, 6) check (obligations >= 0),
    payments        numeric(24, 6) check (payments >= 0),
    source          text           not null default 'MANUAL'
                        check (source in ('MANUAL', 'DNP', 'MUNICIPIO', 'CAPTURA', 'HACIENDA')),
    updated_at      timestamptz    not null default now(),
    version         integer        not null default 0,
    primary key (goal_id, year)
);
create index goal_budget_execution_org on goal_budget_execution (organization_id, year);
