-- Why: two facts of the action plans' record that were missing.
-- 1. PE-P-002 task 8: a modification is asked "with a justification and the official letter". The
--    letter's reference (radicado) was kept as text; now the letter itself (a PDF) is kept too, once, in
--    the immutable stored_file, named by its SHA-256 (the audit trail copies the hash, not the PDF).
-- 2. A plan sent after the formulation's deadline is accepted but marked late, for the record: the
--    submission event keeps the deadline in force at that moment (moved to the next business day when it
--    fell on a non-working day) and whether it was late. Kept at submission time, not recomputed, so that
--    a later change of the deadline does not rewrite what happened.
alter table action_plan_modification
    add column letter_sha256 varchar(64) references stored_file (sha256),
    add column letter_name   text,
    add check ((letter_sha256 is null) = (letter_name is null));

alter table action_plan_event
    add column deadline date,
    add column late     boolean not null default false,
    add check (not late or deadline is not null);
