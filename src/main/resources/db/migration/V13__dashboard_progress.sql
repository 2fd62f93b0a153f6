-- Dashboards, speed: each learner's attempts at a module folded into one row (first completion,
-- last activity, best completed score), kept by triggers as attempts are made and committed, so
-- that the dashboards join one row per unlock instead of grouping every attempt of the database on
-- each request. Triggers keep it right whichever code (or script) writes the attempts.
CREATE TABLE attempt_progress (
  learner_id       BIGINT        NOT NULL,
  module_id        BIGINT        NOT NULL,
  completed_at     DATETIME(6)   NULL,
  last_activity_at DATETIME(6)   NULL,
  best_score       DECIMAL(7, 6) NULL,
  PRIMARY KEY (learner_id, module_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

INSERT INTO attempt_progress (learner_id, module_id, completed_at, last_activity_at, best_score)
  SELECT learner_id, module_id, MIN(completed_at), MAX(last_activity_at),
    MAX(CASE WHEN completed_at IS NOT NULL THEN score_scaled END)
  FROM attempt GROUP BY learner_id, module_id;

-- One definition of the fold, in each trigger: the row of (learner, module) is computed again from
-- that pair's attempts (a handful, found by uq_attempt_number).
CREATE TRIGGER attempt_progress_insert AFTER INSERT ON attempt FOR EACH ROW
  INSERT INTO attempt_progress (learner_id, module_id, completed_at, last_activity_at, best_score)
    SELECT learner_id, module_id, MIN(completed_at), MAX(last_activity_at),
      MAX(CASE WHEN completed_at IS NOT NULL THEN score_scaled END)
    FROM attempt WHERE learner_id = NEW.learner_id AND module_id = NEW.module_id
    GROUP BY learner_id, module_id
  ON DUPLICATE KEY UPDATE completed_at = VALUES(completed_at),
    last_activity_at = VALUES(last_activity_at), best_score = VALUES(best_score);

CREATE TRIGGER attempt_progress_update AFTER UPDATE ON attempt FOR EACH ROW
  INSERT INTO attempt_progress (learner_id, module_id, completed_at, last_activity_at, best_score)
    SELECT learner_id, module_id, MIN(completed_at), MAX(last_activity_at),
      MAX(CASE WHEN completed_at IS NOT NULL THEN score_scaled END)
    FROM attempt WHERE learner_id = NEW.learner_id AND module_id = NEW.module_id
    GROUP BY learner_id, module_id
  ON DUPLICATE KEY UPDATE completed_at = VALUES(completed_at),
    last_activity_at = VALUES(last_activity_at), best_score = VALUES(best_score);

-- A deleted attempt leaves the fold of those that remain (all NULL when none does: no attempt).
CREATE TRIGGER attempt_progress_delete AFTER DELETE ON attempt FOR EACH ROW
  UPDATE attempt_progress p SET
    p.completed_at = (SELECT MIN(a.completed_at) FROM attempt a
      WHERE a.learner_id = OLD.learner_id AND a.module_id = OLD.module_id),
    p.last_activity_at = (SELECT MAX(a.last_activity_at) FROM attempt a
      WHERE a.learner_id = OLD.learner_id AND a.module_id = OLD.module_id),
    p.best_score = (SELECT MAX(CASE WHEN a.completed_at IS NOT NULL THEN a.score_scaled END) FROM attempt a
      WHERE a.learner_id = OLD.learner_id AND a.module_id = OLD.module_id)
  WHERE p.learner_id = OLD.learner_id AND p.module_id = OLD.module_id;
