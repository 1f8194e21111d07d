-- Why: deadlines move to the next business day (progress-rules.md, calendar); besides Saturdays,
-- Sundays and national holidays, an organization has its own non-working days (a local holiday, a
-- decreed day off) that its planning office records.
create table organization_non_working_day (
    id              uuid primary key default gen_random_uuid(),
    organization_id uuid        not null references organization (id),
    day             date        not null,
    description     text        not null,
    unique (organization_id, day)
);
