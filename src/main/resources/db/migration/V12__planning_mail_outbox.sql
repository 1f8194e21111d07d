-- Why: opening the formulation tells each office's leader by e-mail (PE-P-002 task 1: "remitir mediante
-- oficio o circular"). Mails are written to an outbox in the same transaction as the opening, so none is
-- lost when the SMTP server is down; a job sends them later and records the result. Kept in the planning
-- module until the notification module owns a shared outbox.
create table planning_mail_outbox (
    id              bigint generated always as identity primary key,
    organization_id uuid        not null references organization (id),
    recipient       text        not null,
    subject         text        not null,
    body            text        not null,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    attempts        integer     not null default 0,
    last_error      text
);
create index planning_mail_outbox_pending on planning_mail_outbox (id) where sent_at is null;
