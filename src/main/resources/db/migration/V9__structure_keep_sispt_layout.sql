-- Why: the SisPT export must give back the file's own sheets, titles and columns (a department's file
-- has one more column than a municipality's), so the layout read at import is kept with the plan.
alter table development_plan add column sispt_layout jsonb;
