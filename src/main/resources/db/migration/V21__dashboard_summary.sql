-- Dashboards, speed (issue 11): the overview, modules and competences views counted each unlock
-- (some 160,000 on 5,000 hires) with a lookup of its plan entry and one of its attempt_progress
-- row per request, two thirds of their time. What they read of the two is now kept on the unlock
-- itself, by triggers as plans and attempts change, so that they walk module_unlock alone:
--   completed_at, last_activity_at, best_score: the hire's attempt_progress row of the module
--     (V13's fold of the attempts; NULL when there is none). completed_at stays the stored time:
--     the Danish day of it is taken where a view needs it (DanishDays: triggers have no time-zone
--     tables, and the time is written by the attempts' triggers, not by Java).
--   planned, plan_required, plan_by_release: the enrolment's programme plans the module, as
--     required, and opens it by release only (programme_module.required and .by_release).
ALTER TABLE module_unlock
  ADD COLUMN completed_at     DATETIME(6)   NULL,
  ADD COLUMN last_activity_at DATETIME(6)   NULL,
  ADD COLUMN best_score       DECIMAL(7, 6) NULL,
  ADD COLUMN planned          BOOLEAN       NOT NULL DEFAULT FALSE,
  ADD COLUMN plan_required    BOOLEAN       NOT NULL DEFAULT FALSE,
  ADD COLUMN plan_by_release  BOOLEAN       NOT NULL DEFAULT FALSE;

UPDATE module_unlock mu
  JOIN enrollment e ON e.id = mu.enrollment_id
  LEFT JOIN attempt_progress c ON c.learner_id = e.hire_id AND c.module_id = mu.module_id
  LEFT JOIN programme_module pm ON pm.programme_id = e.programme_id AND pm.module_id = mu.module_id
SET mu.completed_at = c.completed_at, mu.last_activity_at = c.last_activity_at,
  mu.best_score = c.best_score, mu.planned = pm.id IS NOT NULL,
  mu.plan_required = COALESCE(pm.required, FALSE), mu.plan_by_release = COALESCE(pm.by_release, FALSE);

-- A new unlock starts with the current progress and plan entry of its hire and module.
CREATE TRIGGER module_unlock_summary BEFORE INSERT ON module_unlock FOR EACH ROW
  SET NEW.completed_at = (SELECT c.completed_at FROM enrollment e JOIN attempt_progress c
      ON c.learner_id = e.hire_id WHERE e.id = NEW.enrollment_id AND c.module_id = NEW.module_id),
    NEW.last_activity_at = (SELECT c.last_activity_at FROM enrollment e JOIN attempt_progress c
      ON c.learner_id = e.hire_id WHERE e.id = NEW.enrollment_id AND c.module_id = NEW.module_id),
    NEW.best_score = (SELECT c.best_score FROM enrollment e JOIN attempt_progress c
      ON c.learner_id = e.hire_id WHERE e.id = NEW.enrollment_id AND c.module_id = NEW.module_id),
    NEW.planned = EXISTS (SELECT 1 FROM enrollment e JOIN programme_module pm
      ON pm.programme_id = e.programme_id WHERE e.id = NEW.enrollment_id
      AND pm.module_id = NEW.module_id),
    NEW.plan_required = COALESCE((SELECT pm.required FROM enrollment e JOIN programme_module pm
      ON pm.programme_id = e.programme_id WHERE e.id = NEW.enrollment_id
      AND pm.module_id = NEW.module_id), FALSE),
    NEW.plan_by_release = COALESCE((SELECT pm.by_release FROM enrollment e
      JOIN programme_module pm ON pm.programme_id = e.programme_id
      WHERE e.id = NEW.enrollment_id AND pm.module_id = NEW.module_id), FALSE);

-- The progress of a hire and module follows onto each of the hire's unlocks of it.
CREATE TRIGGER attempt_progress_to_unlock_insert AFTER INSERT ON attempt_progress FOR EACH ROW
  UPDATE module_unlock mu JOIN enrollment e ON e.id = mu.enrollment_id
  SET mu.completed_at = NEW.completed_at, mu.last_activity_at = NEW.last_activity_at,
    mu.best_score = NEW.best_score
  WHERE e.hire_id = NEW.learner_id AND mu.module_id = NEW.module_id;

CREATE TRIGGER attempt_progress_to_unlock_update AFTER UPDATE ON attempt_progress FOR EACH ROW
  UPDATE module_unlock mu JOIN enrollment e ON e.id = mu.enrollment_id
  SET mu.completed_at = NEW.completed_at, mu.last_activity_at = NEW.last_activity_at,
    mu.best_score = NEW.best_score
  WHERE e.hire_id = NEW.learner_id AND mu.module_id = NEW.module_id;

-- The plan entry follows onto the unlocks of the programme's enrolments.
CREATE TRIGGER programme_module_to_unlock_insert AFTER INSERT ON programme_module FOR EACH ROW
  UPDATE module_unlock mu JOIN enrollment e ON e.id = mu.enrollment_id
  SET mu.planned = TRUE, mu.plan_required = NEW.required, mu.plan_by_release = NEW.by_release
  WHERE e.programme_id = NEW.programme_id AND mu.module_id = NEW.module_id;

CREATE TRIGGER programme_module_to_unlock_update AFTER UPDATE ON programme_module FOR EACH ROW
  UPDATE module_unlock mu JOIN enrollment e ON e.id = mu.enrollment_id
  SET mu.planned = (e.programme_id = NEW.programme_id AND mu.module_id = NEW.module_id),
    mu.plan_required = (e.programme_id = NEW.programme_id AND mu.module_id = NEW.module_id
      AND NEW.required),
    mu.plan_by_release = (e.programme_id = NEW.programme_id AND mu.module_id = NEW.module_id
      AND NEW.by_release)
  WHERE (e.programme_id = OLD.programme_id AND mu.module_id = OLD.module_id)
    OR (e.programme_id = NEW.programme_id AND mu.module_id = NEW.module_id);

CREATE TRIGGER programme_module_to_unlock_delete AFTER DELETE ON programme_module FOR EACH ROW
  UPDATE module_unlock mu JOIN enrollment e ON e.id = mu.enrollment_id
  SET mu.planned = FALSE, mu.plan_required = FALSE, mu.plan_by_release = FALSE
  WHERE e.programme_id = OLD.programme_id AND mu.module_id = OLD.module_id;

-- The views walk each enrolment's unlocks: the index holds every column they read.
DROP INDEX ix_module_unlock_figures ON module_unlock;
CREATE INDEX ix_module_unlock_figures ON module_unlock (enrollment_id, module_id, unlocked_on,
  due_on, by_release, planned, plan_required, plan_by_release, completed_at, last_activity_at,
  best_score);
