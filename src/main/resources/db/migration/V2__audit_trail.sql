-- Why: every change to business data must be traceable (who, when, before, after) whatever code
-- makes it, so the trail is written by triggers, not by the application. The table is append-only:
-- a trigger refuses UPDATE, DELETE and TRUNCATE, and the application's own role (when it is not the
-- owner, as with the embedded database) is only granted SELECT (afterMigrate.sql).
create table audit_log (
    id              bigint generated always as identity primary key,
    organization_id uuid,
    table_name      text        not null,
    row_id          text,
    operation       char(1)     not null check (operation in ('I', 'U', 'D')),
    before          jsonb,
    after           jsonb,
    actor           text        not null,
    at              timestamptz not null default clock_timestamp()
);
create index audit_log_org_at on audit_log (organization_id, at desc);
create index audit_log_org_table on audit_log (organization_id, table_name, at desc);
create index audit_log_row on audit_log (row_id);

create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'La bitácora de auditoría no se puede modificar ni borrar'
        using errcode = 'insufficient_privilege';
end $$;

create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_refuse_change();

-- security definer: the application's role may not insert into audit_log itself; only this function
-- (owned by the migration role) writes there.
create function audit_record_change() returns trigger language plpgsql security definer
    set search_path = public as $$
declare
    -- password hashes never reach the trail
    old_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) - 'password_hash' end;
    new_row jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) - 'password_hash' end;
    any_row jsonb := coalesce(new_row, old_row);
    org text;
begin
    if tg_op = 'UPDATE' and old_row = new_row then
        return null; -- nothing changed: keep the trail readable
    end if;
    org := case when tg_table_name = 'organization' then any_row ->> 'id'
                else any_row ->> 'organization_id' end;
    insert into audit_log (organization_id, table_name, row_id, operation, before, after, actor)
    values (org::uuid, tg_table_name, any_row ->> 'id', left(tg_op, 1), old_row, new_row,
            coalesce(nullif(current_setting('rumbo.actor', true), ''), 'sistema'));
    return null;
end $$;
