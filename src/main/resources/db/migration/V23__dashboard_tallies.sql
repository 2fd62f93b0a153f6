-- Dashboards, speed (issue 11): the overview, modules and competences views walked all of the
-- organisation's unlocks on every request (some 160,000 on 5,000 hires; MariaDB needs some 40 ms
-- to merely count them, and the views spent 200-350 ms). Their figures are now kept pre-counted in
-- three tallies, maintained by triggers as unlocks change, and the views read a few thousand
-- tally rows instead (OverviewQuery, ModulesQuery, CompetencesQuery say how they use them):
--   completion_tally: completions per unit, programme, Danish month of the first completion and
--     whole Danish days from unlock to it (the overview's count, median and months);
--   module_tally:     unlocks per unit, programme, module and those days (-1: not completed), with
--     how many a mentor opened early and the sum and number of their scores (the modules view);
--   competence_tally: per enrolment and competence, the programme's modules tagged with it that
--     the hire completed (the competences view).
-- An unlock counts in the tallies of its enrolment's unit and programme. The application never
-- moves an enrolment to another unit or programme, nor deletes one. A trigger below refuses the
-- move, so that whoever needs it also moves the enrolment's counts; and an enrolment's delete no
-- longer cascades to its unlocks (a cascade fires no trigger, and the counts would stay): its
-- unlocks are deleted first, through their triggers. (The guards are no BEFORE triggers: with one,
-- MariaDB 11.4.5 fails an INSERT ... SELECT of several rows with a column list, "Column cannot be
-- null", as bench/dashboard.sql found for module_unlock.)
ALTER TABLE module_unlock DROP FOREIGN KEY fk_mu_enrollment;
ALTER TABLE module_unlock
  ADD CONSTRAINT fk_mu_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id);

-- Danish days in triggers. The embedded MariaDB has no time-zone tables, and the stored times are
-- the wall time of the JVM's zone, so the Danish date of a stored time is found in this table of
-- offsets: from each stored wall time on, add `seconds` to get Danish wall time. Java's zone rules
-- stay the one source of Danish time: the application writes this table at start-up
-- (DashboardTallies), and recounts the tallies whenever it writes different rows (a first start,
-- another JVM zone, new zone rules). Until then the table is empty and the function adds nothing.
CREATE TABLE danish_time_shift (
  stored_from DATETIME(6) NOT NULL PRIMARY KEY,
  seconds     INT         NOT NULL
) ENGINE = InnoDB;

CREATE FUNCTION danish_day(stored DATETIME(6)) RETURNS DATE READS SQL DATA
  RETURN DATE(stored + INTERVAL COALESCE((SELECT s.seconds FROM danish_time_shift s
    WHERE s.stored_from <= stored ORDER BY s.stored_from DESC LIMIT 1), 0) SECOND);

CREATE TABLE completion_tally (
  org_unit_id  BIGINT NOT NULL,
  programme_id BIGINT NOT NULL,
  month        INT    NOT NULL, -- YYYYMM of the Danish day of the first completion
  days         INT    NOT NULL, -- whole Danish days from unlock to first completion, at least 0
  completed    INT    NOT NULL,
  PRIMARY KEY (org_unit_id, programme_id, month, days)
) ENGINE = InnoDB;

CREATE TABLE module_tally (
  org_unit_id  BIGINT         NOT NULL,
  programme_id BIGINT         NOT NULL,
  module_id    BIGINT         NOT NULL,
  days         INT            NOT NULL, -- as in completion_tally; -1: not completed
  unlocked     INT            NOT NULL,
  opened_early INT            NOT NULL, -- released by a mentor, not by the plan (ModulesQuery)
  score_sum    DECIMAL(20, 6) NOT NULL, -- best scores of the completed unlocks that have one
  scored       INT            NOT NULL,
  PRIMARY KEY (org_unit_id, programme_id, module_id, days)
) ENGINE = InnoDB;

CREATE TABLE competence_tally (
  enrollment_id BIGINT      NOT NULL,
  competence    VARCHAR(20) NOT NULL,
  completed     INT         NOT NULL,
  PRIMARY KEY (enrollment_id, competence),
  CONSTRAINT fk_ct_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- The overview walks the completions of the days its period covers only in part: by time.
CREATE INDEX ix_module_unlock_completed ON module_unlock (completed_at, enrollment_id, unlocked_on);

DELIMITER $$
-- Adds one unlock's contribution to the tallies (sign 1) or takes it away (sign -1).
CREATE PROCEDURE dashboard_tally(IN p_enrollment BIGINT, IN p_module BIGINT,
    IN p_unlocked DATE, IN p_completed DATETIME(6), IN p_score DECIMAL(7, 6), IN p_early BOOLEAN,
    IN p_planned BOOLEAN, IN p_sign INT)
BEGIN
  -- (Parameters and variables are prefixed: inside a routine they would hide columns of the
  -- same name.)
  DECLARE v_unit BIGINT;
  DECLARE v_programme BIGINT;
  DECLARE v_day DATE DEFAULT NULL;
  DECLARE v_days INT DEFAULT -1;
  SELECT e.org_unit_id, e.programme_id INTO v_unit, v_programme
    FROM enrollment e WHERE e.id = p_enrollment;
  IF p_completed IS NOT NULL THEN
    SET v_day = danish_day(p_completed);
    SET v_days = GREATEST(0, DATEDIFF(v_day, p_unlocked));
    INSERT INTO completion_tally (org_unit_id, programme_id, month, days, completed)
      VALUES (v_unit, v_programme, EXTRACT(YEAR_MONTH FROM v_day), v_days, p_sign)
      ON DUPLICATE KEY UPDATE completed = completed + VALUES(completed);
    IF p_planned THEN
      INSERT INTO competence_tally (enrollment_id, competence, completed)
        SELECT p_enrollment, mc.competence, p_sign FROM module_competence mc
        WHERE mc.module_id = p_module
        ON DUPLICATE KEY UPDATE completed = completed + VALUES(completed);
    END IF;
  END IF;
  INSERT INTO module_tally (org_unit_id, programme_id, module_id, days, unlocked, opened_early,
      score_sum, scored)
    VALUES (v_unit, v_programme, p_module, v_days, p_sign, IF(p_early, p_sign, 0),
      IF(p_completed IS NULL OR p_score IS NULL, 0, p_score * p_sign),
      IF(p_completed IS NULL OR p_score IS NULL, 0, p_sign))
    ON DUPLICATE KEY UPDATE unlocked = unlocked + VALUES(unlocked),
      opened_early = opened_early + VALUES(opened_early),
      score_sum = score_sum + VALUES(score_sum), scored = scored + VALUES(scored);
END$$

CREATE TRIGGER module_unlock_tally_insert AFTER INSERT ON module_unlock FOR EACH ROW
  CALL dashboard_tally(NEW.enrollment_id, NEW.module_id, NEW.unlocked_on, NEW.completed_at,
    NEW.best_score, NEW.by_release AND NOT NEW.plan_by_release, NEW.planned, 1)$$

-- Most updates change nothing the tallies count (the last activity of a learner at work, the
-- hire seeing the unlock): they cost a comparison.
CREATE TRIGGER module_unlock_tally_update AFTER UPDATE ON module_unlock FOR EACH ROW
BEGIN
  IF NOT (NEW.enrollment_id = OLD.enrollment_id AND NEW.module_id = OLD.module_id
      AND NEW.unlocked_on = OLD.unlocked_on AND NEW.completed_at <=> OLD.completed_at
      AND (NEW.completed_at IS NULL OR NEW.best_score <=> OLD.best_score)
      AND (NEW.by_release AND NOT NEW.plan_by_release) <=> (OLD.by_release AND NOT OLD.plan_by_release)
      AND NEW.planned = OLD.planned) THEN
    CALL dashboard_tally(OLD.enrollment_id, OLD.module_id, OLD.unlocked_on, OLD.completed_at,
      OLD.best_score, OLD.by_release AND NOT OLD.plan_by_release, OLD.planned, -1);
    CALL dashboard_tally(NEW.enrollment_id, NEW.module_id, NEW.unlocked_on, NEW.completed_at,
      NEW.best_score, NEW.by_release AND NOT NEW.plan_by_release, NEW.planned, 1);
  END IF;
END$$

CREATE TRIGGER module_unlock_tally_delete AFTER DELETE ON module_unlock FOR EACH ROW
  CALL dashboard_tally(OLD.enrollment_id, OLD.module_id, OLD.unlocked_on, OLD.completed_at,
    OLD.best_score, OLD.by_release AND NOT OLD.plan_by_release, OLD.planned, -1)$$

-- An author tags a module with a competence, or takes the tag off: the hires who completed the
-- module as planned gain or lose it.
CREATE TRIGGER module_competence_tally_insert AFTER INSERT ON module_competence FOR EACH ROW
  INSERT INTO competence_tally (enrollment_id, competence, completed)
    SELECT mu.enrollment_id, NEW.competence, 1 FROM module_unlock mu
    WHERE mu.module_id = NEW.module_id AND mu.planned AND mu.completed_at IS NOT NULL
    ON DUPLICATE KEY UPDATE completed = completed + 1$$

CREATE TRIGGER module_competence_tally_delete AFTER DELETE ON module_competence FOR EACH ROW
  UPDATE competence_tally t JOIN module_unlock mu ON mu.enrollment_id = t.enrollment_id
  SET t.completed = t.completed - 1
  WHERE t.competence = OLD.competence AND mu.module_id = OLD.module_id AND mu.planned
    AND mu.completed_at IS NOT NULL$$

CREATE TRIGGER module_competence_tally_update AFTER UPDATE ON module_competence FOR EACH ROW
BEGIN
  UPDATE competence_tally t JOIN module_unlock mu ON mu.enrollment_id = t.enrollment_id
  SET t.completed = t.completed - 1
  WHERE t.competence = OLD.competence AND mu.module_id = OLD.module_id AND mu.planned
    AND mu.completed_at IS NOT NULL;
  INSERT INTO competence_tally (enrollment_id, competence, completed)
    SELECT mu.enrollment_id, NEW.competence, 1 FROM module_unlock mu
    WHERE mu.module_id = NEW.module_id AND mu.planned AND mu.completed_at IS NOT NULL
    ON DUPLICATE KEY UPDATE completed = completed + 1;
END$$

CREATE TRIGGER enrollment_tally_move AFTER UPDATE ON enrollment FOR EACH ROW
BEGIN
  IF NEW.org_unit_id <> OLD.org_unit_id OR NEW.programme_id <> OLD.programme_id THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT =
      'An enrolment keeps its unit and programme: the dashboard tallies count by them (V23)';
  END IF;
END$$

DELIMITER ;
