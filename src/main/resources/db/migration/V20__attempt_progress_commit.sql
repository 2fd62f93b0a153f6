-- Commits, speed: every commit updates its attempt (sequence, last activity, time), and V13's
-- update trigger then folded all of that learner's attempts at the module again and upserted the
-- fold, on every commit. Most commits change only the last activity, which can only move forward;
-- the fold's maximum then moves with it, so one update of the fold's row by its key gives the same
-- row. Any other change (a completion, a completed attempt's score, another learner or module, an
-- activity moved back) folds again, as V13 did. The result is V13's in every case.
DROP TRIGGER attempt_progress_update;

DELIMITER $$
CREATE TRIGGER attempt_progress_update AFTER UPDATE ON attempt FOR EACH ROW
BEGIN
  IF NEW.learner_id = OLD.learner_id AND NEW.module_id = OLD.module_id
      AND NEW.completed_at <=> OLD.completed_at
      AND (NEW.completed_at IS NULL OR NEW.score_scaled <=> OLD.score_scaled)
      AND (NEW.last_activity_at <=> OLD.last_activity_at
        OR (NEW.last_activity_at IS NOT NULL
          AND (OLD.last_activity_at IS NULL OR NEW.last_activity_at > OLD.last_activity_at))) THEN
    -- The best score and the first completion stay; the last activity is the later of the two.
    IF NOT NEW.last_activity_at <=> OLD.last_activity_at THEN
      UPDATE attempt_progress SET last_activity_at = NEW.last_activity_at
      WHERE learner_id = NEW.learner_id AND module_id = NEW.module_id
        AND (last_activity_at IS NULL OR last_activity_at < NEW.last_activity_at);
    END IF;
  ELSE
    INSERT INTO attempt_progress (learner_id, module_id, completed_at, last_activity_at, best_score)
      SELECT learner_id, module_id, MIN(completed_at), MAX(last_activity_at),
        MAX(CASE WHEN completed_at IS NOT NULL THEN score_scaled END)
      FROM attempt WHERE learner_id = NEW.learner_id AND module_id = NEW.module_id
      GROUP BY learner_id, module_id
    ON DUPLICATE KEY UPDATE completed_at = VALUES(completed_at),
      last_activity_at = VALUES(last_activity_at), best_score = VALUES(best_score);
  END IF;
END$$
DELIMITER ;
