-- A completed attempt becomes a record (no commit or sequencing state changes it any more) once the
-- SCO session that completed it has ended, or when the attempt is opened again. Until then that
-- session may still finish as SCORM sessions do: its Terminate commit carries the session time.
-- Attempts completed before this migration are records already.

ALTER TABLE attempt ADD COLUMN sealed_at DATETIME(6) NULL;

UPDATE attempt SET sealed_at = completed_at WHERE completed_at IS NOT NULL;
