-- A year formulated before the organization used Rumbo is recorded afterwards (Formulations.recordPast):
-- its plans are entered now, long after the deadline, and that is not a late submission. The flag lets
-- the submission keep the deadline for the record without marking every such plan "fuera de plazo".
alter table formulation add column recorded_past boolean not null default false;
