-- Why: evidence of the capture sheets, minutes of bilateral meetings, official letters and published
-- snapshots are all files that must never change once stored. The planning module's content-addressed
-- store (V11) becomes the platform's: one table, one immutability trigger, one Java face
-- (co.rumbo.platform.files.StoredFiles). A business row names a file by its SHA-256; a file is reached
-- only through a row of its organization, never by its hash alone.
alter table planning_file rename to stored_file;
alter function planning_file_immutable() rename to stored_file_immutable;
alter trigger planning_file_frozen on stored_file rename to stored_file_frozen;
