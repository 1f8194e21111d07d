-- Why: Rumbo serves many territorial entities from one deployment; the organization is the tenant
-- and every business row carries its organization_id. Offices (dependencias) are who plans and
-- reports. Thresholds of the traffic lights are per organization (progress-rules.md §4).
create table organization (
    id          uuid primary key default gen_random_uuid(),
    dane_code   varchar(8)  not null unique check (dane_code ~ '^[0-9]{2,8}$'),
    name        text        not null,
    kind        text        not null check (kind in ('MUNICIPIO', 'DEPARTAMENTO', 'DISTRITO')),
    red_below   numeric(6, 4) not null default 0.5,
    green_from  numeric(6, 4) not null default 0.8,
    over_above  numeric(6, 4) not null default 1.25,
    created_at  timestamptz not null default now(),
    version     integer     not null default 0,
    check (red_below < green_from and green_from <= over_above)
);

create table office (
    id              uuid primary key default gen_random_uuid(),
    organization_id uuid    not null references organization (id),
    code            varchar(20) not null,
    name            text    not null,
    kind            text    not null check (kind in ('SECRETARIA', 'OFICINA', 'DIRECCION',
                        'ENTIDAD_DESCENTRALIZADA', 'ALCALDIA_LOCAL', 'PROCESO')),
    active          boolean not null default true,
    version         integer not null default 0,
    unique (organization_id, code)
);
create unique index office_org_name on office (organization_id, lower(name));
