-- Why: a goal can be eliminated by a person (a decision) or by an import whose file no longer has it.
-- A later file that brings the goal back revives it only in the second case.
alter table product_goal add column eliminated_by text check (eliminated_by in ('IMPORTACION', 'PERSONA'));
update product_goal set eliminated_by = 'PERSONA' where eliminated;
