-- Commits, speed (issue 12 part 5): since V21 every commit's trigger cascade ran attempt ->
-- attempt_progress -> module_unlock (an update joined through enrollment, and a change of the
-- covering index ix_module_unlock_figures, which holds last_activity_at), only to move the last
-- activity on by the few seconds since the learner's previous commit: about a third of what
-- MariaDB spends on a commit.
--
-- What reads that last activity: the dashboards (through module_unlock, V21) and nothing else;
-- the learner's own pages read the attempts themselves. They use it for "stalled" (no activity
-- since the start of the Danish day 14 days ago, OverviewQuery) and for the "last activity"
-- date and time shown per hire and per module (to the minute). Neither needs it to the second.
--
-- So the kept last activity moves forward only once it is 10 minutes or more behind: the first
-- commit more than 10 minutes after the stored time stores that commit's time; the commits in
-- between change nothing but the attempt (the trigger's keyed update finds no row to change, and
-- nothing cascades). The kept last activity is therefore never later than the fold of the
-- attempts (V13) and less than 10 minutes earlier than it; the dashboards may show a last activity
-- up to 10 minutes old, and a learner at work just after midnight can count as stalled a day
-- early only if his previous activity was within those 10 minutes before it. 10 minutes because
-- a SCO commits when it likes (on every page, on every answer): with a commit a minute, nine in
-- ten commits of a session then cost the attempt's row alone, while the time the dashboards show
-- stays well within what "last activity" means to the people reading them (they read days).
-- Every other change (a start, a completion, a completed attempt's score, an activity moved back,
-- a delete) folds again exactly, as V13 and V20 did, and module_unlock follows as in V21.
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
    -- The best score and the first completion stay; the last activity moves forward once it is
    -- 10 minutes behind (see above).
    IF NOT NEW.last_activity_at <=> OLD.last_activity_at THEN
      UPDATE attempt_progress SET last_activity_at = NEW.last_activity_at
      WHERE learner_id = NEW.learner_id AND module_id = NEW.module_id
        AND (last_activity_at IS NULL
          OR last_activity_at <= NEW.last_activity_at - INTERVAL 10 MINUTE);
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
