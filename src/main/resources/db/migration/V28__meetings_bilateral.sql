-- Why: PE-P-004 steps 7–8. From the quarterly follow-up report, the planning office meets offices with
-- relevant alerts (bilateral meetings, with the mayor), records the minutes (acta), who attended and the
-- commitments agreed (what, who, by when), and follows each commitment until it is done, in later
-- follow-up meetings if needed. Overdue commitments show on the tablero and are reminded by e-mail.
-- A meeting's minutes are a stored_file (immutable, by SHA-256); the row keeps only the hash and name,
-- so the audit trail never copies the file. Goals are referenced by id with a label copied at the time
-- (no foreign key into the structure module: a plan re-import must not be blocked by a meeting).
create table meeting (
    id                 uuid primary key default gen_random_uuid(),
    organization_id    uuid        not null references organization (id),
    office_id          uuid        not null references office (id),
    starts_at          timestamptz not null,
    place              text        not null,
    report_period      varchar(7),
    alerts             text,
    follow_up_of       uuid references meeting (id),
    state              text        not null default 'PROGRAMADA'
                           check (state in ('PROGRAMADA', 'REALIZADA', 'CANCELADA')),
    cancel_reason      text,
    minutes_sha256     varchar(64) references stored_file (sha256),
    minutes_name       text,
    minutes_type       text,
    minutes_size       integer,
    minutes_at         timestamptz,
    minutes_by         text,
    created_by         text        not null,
    created_at         timestamptz not null default now(),
    version            integer     not null default 0,
    check (state <> 'CANCELADA' or cancel_reason is not null),
    check (state <> 'REALIZADA' or minutes_sha256 is not null)
);
create index meeting_by_office on meeting (organization_id, office_id, starts_at desc);

-- The goals whose alerts motivated the meeting.
create table meeting_goal (
    meeting_id      uuid not null references meeting (id) on delete cascade,
    organization_id uuid not null references organization (id),
    goal_id         uuid not null,
    goal_label      text not null,
    primary key (meeting_id, goal_id)
);

create table meeting_attendee (
    id              uuid primary key default gen_random_uuid(),
    meeting_id      uuid not null references meeting (id) on delete cascade,
    organization_id uuid not null references organization (id),
    name            text not null,
    role            text,
    user_id         uuid references app_user (id),
    position        integer not null default 0
);
create index meeting_attendee_by_meeting on meeting_attendee (meeting_id, position);

-- State PENDIENTE → CUMPLIDO (with the note and date of what was delivered); VENCIDO is not stored: it is
-- a PENDIENTE commitment whose due date has passed, derived on every read.
create table meeting_commitment (
    id                  uuid primary key default gen_random_uuid(),
    meeting_id          uuid        not null references meeting (id),
    organization_id     uuid        not null references organization (id),
    office_id           uuid        not null references office (id),
    description         text        not null,
    responsible_name    text        not null,
    responsible_email   text,
    responsible_user_id uuid references app_user (id),
    due_date            date        not null,
    goal_id             uuid,
    goal_label          text,
    state               text        not null default 'PENDIENTE' check (state in ('PENDIENTE', 'CUMPLIDO')),
    done_on             date,
    done_note           text,
    done_by             text,
    done_at             timestamptz,
    reopened_reason     text,
    reopened_by         text,
    reopened_at         timestamptz,
    created_by          text        not null,
    created_at          timestamptz not null default now(),
    version             integer     not null default 0,
    check (state <> 'CUMPLIDO' or (done_on is not null and done_note is not null))
);
create index meeting_commitment_by_meeting on meeting_commitment (meeting_id, due_date);
create index meeting_commitment_pending on meeting_commitment (organization_id, due_date) where state = 'PENDIENTE';
