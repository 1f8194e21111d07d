-- Why: every module that e-mails people (the formulation notice, capture deadline reminders, overdue
-- commitments of bilateral meetings) writes its mails into ONE outbox, in the same transaction as the
-- business change, so a mail is never lost when the SMTP server is down and never sent for a change
-- that was rolled back. A job (ShedLock, once across instances) sends what is due; a failure is counted,
-- kept in last_error and retried later with a growing delay (next_attempt_at). After many attempts the
-- mail is marked failed (failed_at) but stays in the table, visible to the planning office, and is still
-- retried from time to time: nothing is dropped without a trace.
-- dedupe_key: reminders are enqueued by jobs that may run twice (two instances, a restart); the key,
-- unique per organization, makes the second enqueue a no-op. Mails without a key are never deduplicated.
create table mail_outbox (
    id              bigint generated always as identity primary key,
    organization_id uuid        not null references organization (id),
    recipient       text        not null,
    subject         text        not null,
    body            text        not null,
    dedupe_key      text,
    created_at      timestamptz not null default now(),
    next_attempt_at timestamptz not null default now(),
    sent_at         timestamptz,
    attempts        integer     not null default 0,
    last_error      text,
    failed_at       timestamptz,
    discarded_at    timestamptz,
    discarded_by    text,
    constraint mail_outbox_dedupe unique (organization_id, dedupe_key)
);
create index mail_outbox_due on mail_outbox (next_attempt_at, id) where sent_at is null and discarded_at is null;
create index mail_outbox_by_organization on mail_outbox (organization_id, created_at desc);

-- The planning module's own outbox (V12) moves here. Its sender gave up after 5 attempts: such mails
-- come over marked failed, and are retried again like every other failed mail.
insert into mail_outbox (organization_id, recipient, subject, body, created_at, next_attempt_at, sent_at,
                         attempts, last_error, failed_at)
select organization_id, recipient, subject, body, created_at, now(), sent_at, attempts, last_error,
       case when sent_at is null and attempts >= 5 then now() end
from planning_mail_outbox
order by id;

drop table planning_mail_outbox;
