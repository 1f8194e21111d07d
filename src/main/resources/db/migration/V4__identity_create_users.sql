-- Why: users belong to one organization (a platform ADMIN may belong to none) and, for office roles,
-- to one or more offices whose data they see. Failed logins are counted for the 15-minute lock-out;
-- every login attempt is kept in login_event (append-only for the application).
create table app_user (
    id              uuid primary key default gen_random_uuid(),
    organization_id uuid references organization (id),
    username        varchar(60) not null,
    full_name       text        not null,
    email           text,
    password_hash   text        not null,
    roles           text[]      not null,
    enabled         boolean     not null default true,
    created_at      timestamptz not null default now(),
    version         integer     not null default 0,
    check (organization_id is not null or 'ADMIN' = any (roles)),
    check (cardinality(roles) > 0)
);
create unique index app_user_username on app_user (lower(username));

create table user_office (
    user_id         uuid not null references app_user (id) on delete cascade,
    office_id       uuid not null references office (id),
    organization_id uuid not null references organization (id),
    primary key (user_id, office_id)
);

-- Login counters live apart from app_user so that logging in does not fill the audit trail with
-- changes nobody made on purpose.
create table login_state (
    user_id         uuid primary key references app_user (id) on delete cascade,
    failed_attempts integer not null default 0,
    locked_until    timestamptz,
    last_login_at   timestamptz
);

create table login_event (
    id              bigint generated always as identity primary key,
    username        varchar(200) not null,
    success         boolean     not null,
    reason          text,
    remote_address  text,
    organization_id uuid,
    at              timestamptz not null default now()
);
create index login_event_at on login_event (at desc);
