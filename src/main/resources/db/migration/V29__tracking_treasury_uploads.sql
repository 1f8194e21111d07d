-- Why: PE-P-004 step 3, budget execution. Instead of every office typing the money of its projects, the
-- treasury (Hacienda) uploads its execution report (BPIN, funding source, apropiación definitiva,
-- compromisos, obligaciones, pagos, cut date) for a capture period; its figures are recorded in each
-- office's sheet (progress_report_budget, origin HACIENDA) and win over what the office typed. Each
-- upload is kept with the file itself (stored_file, immutable, by SHA-256), who loaded it and when, and
-- the conflicts it found (office figure vs treasury figure), so the planning office can always answer
-- "where does this figure come from" and show the conflicts again later. Nobody edits an upload: no
-- version column.
create table treasury_upload (
    id              uuid primary key default gen_random_uuid(),
    organization_id uuid        not null references organization (id),
    period          varchar(7)  not null,
    file_sha256     varchar(64) not null references stored_file (sha256),
    file_name       text        not null,
    file_format     text        not null check (file_format in ('XLSX', 'CSV')),
    rows_loaded     integer     not null check (rows_loaded > 0),
    rows_skipped    integer     not null default 0 check (rows_skipped >= 0),
    offices         integer     not null check (offices > 0),
    cut_date        date        not null,
    conflicts       jsonb       not null default '[]',
    uploaded_by     text        not null,
    uploaded_at     timestamptz not null default now(),
    foreign key (organization_id, period) references capture_period (organization_id, period)
);
create index treasury_upload_period on treasury_upload (organization_id, period, uploaded_at desc);
