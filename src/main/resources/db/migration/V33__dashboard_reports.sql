-- Why: PE-P-004 steps 5–6 and PE-P-008. The planning office produces a monthly progress report and a
-- quarterly follow-up report with alerts from the closed capture periods; the mayor's office (DESPACHO)
-- validates the quarterly one, which is then sent to every office. What was presented must stay as it
-- was: each generation is a numbered version (regenerating adds a version beside the old one), its PDF
-- and xlsx are stored_file rows (immutable, by SHA-256, so the audit trail never copies the bytes), and
-- a trigger refuses any change to what a version says or when and by whom it was generated. Only the
-- validation and the sending are recorded on the row afterwards, once each.
create table dashboard_report (
    id              uuid primary key default gen_random_uuid(),
    organization_id uuid        not null references organization (id),
    kind            varchar(10) not null check (kind in ('MENSUAL', 'TRIMESTRAL')),
    period          varchar(7)  not null,
    number          integer     not null check (number > 0),
    plan_id         uuid        not null,
    plan_name       text        not null,
    cut             varchar(7)  not null,
    summary         jsonb       not null,
    -- Each office's figures and lagging goals in this version: what its e-mail says when it is sent.
    office_digest   jsonb       not null,
    pdf_sha256      varchar(64) not null references stored_file (sha256),
    pdf_size        integer     not null,
    xlsx_sha256     varchar(64) not null references stored_file (sha256),
    xlsx_size       integer     not null,
    generated_by    text        not null,
    generated_at    timestamptz not null default now(),
    validated_by    text,
    validated_at    timestamptz,
    sent_by         text,
    sent_at         timestamptz,
    version         integer     not null default 0,
    unique (organization_id, kind, period, number),
    check (kind = 'TRIMESTRAL' or (validated_at is null and sent_at is null)),
    check (sent_at is null or validated_at is not null)
);
create index dashboard_report_latest on dashboard_report (organization_id, generated_at desc);

-- A version is what was generated: only its validation and its sending may be added, once each.
create function dashboard_report_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'Un informe generado no se borra: genere una versión nueva';
    end if;
    if (new.id, new.organization_id, new.kind, new.period, new.number, new.plan_id, new.plan_name, new.cut,
        new.summary, new.office_digest, new.pdf_sha256, new.pdf_size, new.xlsx_sha256, new.xlsx_size, new.generated_by,
        new.generated_at)
       is distinct from
       (old.id, old.organization_id, old.kind, old.period, old.number, old.plan_id, old.plan_name, old.cut,
        old.summary, old.office_digest, old.pdf_sha256, old.pdf_size, old.xlsx_sha256, old.xlsx_size, old.generated_by,
        old.generated_at) then
        raise exception 'Un informe generado no se cambia: genere una versión nueva';
    end if;
    if old.validated_at is not null
       and (new.validated_at, new.validated_by) is distinct from (old.validated_at, old.validated_by) then
        raise exception 'La validación de un informe no se cambia';
    end if;
    if old.sent_at is not null and (new.sent_at, new.sent_by) is distinct from (old.sent_at, old.sent_by) then
        raise exception 'Un informe ya enviado no se vuelve a enviar';
    end if;
    return new;
end $$;

create trigger dashboard_report_frozen before update or delete on dashboard_report
    for each row execute function dashboard_report_frozen();

-- The sending of a validated quarterly report: one row per office, with who it went to and the
-- office's own figures at the time (its lagging goals), so "who was told what" stays on record.
create table dashboard_report_delivery (
    report_id       uuid    not null references dashboard_report (id),
    organization_id uuid    not null references organization (id),
    office_id       uuid    not null references office (id),
    office_name     text    not null,
    recipients      text[]  not null,
    lagging         integer not null,
    sent_at         timestamptz not null default now(),
    primary key (report_id, office_id)
);

create function dashboard_report_delivery_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'El registro de un envío no se cambia ni se borra';
end $$;

create trigger dashboard_report_delivery_frozen before update or delete on dashboard_report_delivery
    for each row execute function dashboard_report_delivery_frozen();
