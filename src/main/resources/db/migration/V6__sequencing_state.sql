-- The browser's SCORM 2004 sequencing engine keeps its activity tracking state (which activities
-- are attempted, completed, satisfied; which one is suspended) per attempt, so that a package with
-- sequencing resumes under its own rules after the page is closed. Opaque to the server.

ALTER TABLE attempt ADD COLUMN sequencing_state MEDIUMTEXT NULL;
