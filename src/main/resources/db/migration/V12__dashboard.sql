-- Leaders' dashboards: the end of a hire's employment (for retention), several competences per
-- module, and the indexes the dashboards' read models walk.

-- The employment's end, apart from the enrolment's: a hire who completes the programme and
-- leaves a year later is recorded here. The reason is optional and short (no free-text history).
ALTER TABLE account ADD COLUMN employment_ended_on DATE NULL;
ALTER TABLE account ADD COLUMN employment_end_reason VARCHAR(200) NULL;

-- A module builds one or more practice competences; today's single value is kept as the first tag.
CREATE TABLE module_competence (
  module_id  BIGINT      NOT NULL,
  competence VARCHAR(20) NOT NULL,
  PRIMARY KEY (module_id, competence),
  CONSTRAINT fk_mc_module FOREIGN KEY (module_id) REFERENCES learning_module (id) ON DELETE CASCADE,
  CONSTRAINT ck_mc_competence CHECK (competence IN ('FAGLIG', 'ORGANISATORISK', 'SOCIAL', 'PRAKTISK'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

INSERT INTO module_competence (module_id, competence)
  SELECT id, competence FROM learning_module WHERE competence IS NOT NULL;

-- Access paths of the dashboards: enrolments by unit and start (scope and period), a learner's
-- completions and activity per module, unlocks by module (the modules view) and by due date
-- (overdue), and current mentor assignments per enrolment.
CREATE INDEX ix_enrollment_unit_start ON enrollment (org_unit_id, start_date, status);
CREATE INDEX ix_attempt_learner_module ON attempt (learner_id, module_id, completed_at, last_activity_at, score_scaled);
CREATE INDEX ix_attempt_completed ON attempt (completed_at);
CREATE INDEX ix_module_unlock_module ON module_unlock (module_id, unlocked_on);
CREATE INDEX ix_module_unlock_due ON module_unlock (due_on);
CREATE INDEX ix_mentor_assignment_enrollment ON mentor_assignment (enrollment_id, to_date, primary_mentor);
