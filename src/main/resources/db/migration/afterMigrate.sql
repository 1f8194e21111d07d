-- Runs after every migration (Flyway callback). Why here and not in each migration: every business
-- table (one with an organization_id column, or the organization table) gets the audit trigger and
-- the application role's grants as soon as it exists, so no later migration can forget them.
do $$
declare
    t record;
    app_role_exists boolean := exists (select from pg_roles where rolname = 'rumbo_app');
begin
    for t in
        select c.table_name
        from information_schema.columns c
        join information_schema.tables tb
          on tb.table_schema = c.table_schema and tb.table_name = c.table_name and tb.table_type = 'BASE TABLE'
        where c.table_schema = current_schema()
          and (c.column_name = 'organization_id' or c.table_name = 'organization')
          and c.table_name not in ('audit_log', 'login_event')
          and c.table_name not like 'flyway%'
        group by c.table_name
    loop
        execute format('create or replace trigger %I after insert or update or delete on %I '
                       'for each row execute function audit_record_change()',
                       t.table_name || '_audit', t.table_name);
    end loop;

    if app_role_exists and current_user <> 'rumbo_app' then
        execute format('grant usage on schema %I to rumbo_app', current_schema());
        execute format('grant select, insert, update, delete on all tables in schema %I to rumbo_app', current_schema());
        execute format('grant usage, select on all sequences in schema %I to rumbo_app', current_schema());
        revoke insert, update, delete, truncate on audit_log from rumbo_app;
        revoke update, delete, truncate on login_event from rumbo_app;
        revoke insert, update, delete, truncate on flyway_schema_history from rumbo_app;
    end if;
end $$;
