-- Why: PE-P-002 task 8. After approval a plan changes only through a modification the office's leader
-- asks for (justification and official letter) and the planning office approves or rejects with a
-- reason. Each approved change makes a new version of the plan; version 1 is the plan as approved
-- (the one that goes with the budget). Versions are snapshots (jsonb) so any two can be compared.
create table action_plan_version (
    plan_id         uuid        not null references action_plan (id) on delete cascade,
    organization_id uuid        not null references organization (id),
    number          integer     not null check (number > 0),
    reason          text        not null,
    snapshot        jsonb       not null,
    created_at      timestamptz not null default now(),
    primary key (plan_id, number)
);

create table action_plan_modification (
    id               uuid primary key default gen_random_uuid(),
    organization_id  uuid           not null references organization (id),
    plan_id          uuid           not null references action_plan (id) on delete cascade,
    goal_id          uuid           not null references product_goal (id),
    justification    text           not null check (length(trim(justification)) > 0),
    letter_reference text           not null check (length(trim(letter_reference)) > 0),
    target           numeric(20, 6) not null check (target >= 0),
    quarters         numeric(20, 6)[] not null check (cardinality(quarters) = 4),
    budget           jsonb          not null,
    state            text           not null default 'PENDIENTE'
                         check (state in ('PENDIENTE', 'APROBADA', 'RECHAZADA')),
    requested_by     text           not null,
    requested_at     timestamptz    not null default now(),
    decided_by       text,
    decided_at       timestamptz,
    decision_reason  text,
    resulting_version integer,
    version          integer        not null default 0
);
create index action_plan_modification_plan on action_plan_modification (plan_id, requested_at);
