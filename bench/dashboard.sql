-- Data of bench/dashboard.sh: 5,000 hires x 40 modules, in one transaction (all or nothing).
-- Every value follows from the hire's number h (1..5000), the module's number k (1..40) and the
-- day of generation (@today), through fixed arithmetic: no RAND(), so the picture is the same on
-- every database generated on the same day. Rows are made set-wise with INSERT ... SELECT over the
-- Sequence engine's tables (seq_1_to_N), hundreds of thousands of rows in seconds.
SET @today = CURDATE();
SET @root = (SELECT id FROM org_unit WHERE parent_id IS NULL ORDER BY id LIMIT 1);
SET @process = (SELECT MIN(id) FROM casework_process);
SET @hash = (SELECT password_hash FROM account WHERE username = 'nyansat');
START TRANSACTION;

-- Four units under the root, two programmes each.
INSERT INTO org_unit (name, parent_id, created_at)
  SELECT CONCAT('Bench ', ELT(seq, 'Nord', 'Syd', 'Øst', 'Vest')), @root, NOW(6) FROM seq_1_to_4;
CREATE TEMPORARY TABLE bench_unit (u INT PRIMARY KEY, id BIGINT)
  SELECT seq - 1 AS u, (SELECT id FROM org_unit WHERE parent_id = @root
    AND name = CONCAT('Bench ', ELT(seq, 'Nord', 'Syd', 'Øst', 'Vest'))) AS id FROM seq_1_to_4;
INSERT INTO programme (org_unit_id, process_id, name, description, hires_report_steps, created_at)
  SELECT b.id, @process, CONCAT('Bench-program ', seq), NULL, FALSE, NOW(6)
  FROM seq_1_to_8 JOIN bench_unit b ON b.u = (seq - 1) DIV 2;
CREATE TEMPORARY TABLE bench_programme (p INT PRIMARY KEY, id BIGINT)
  SELECT seq AS p, (SELECT id FROM programme WHERE name = CONCAT('Bench-program ', seq)) AS id
  FROM seq_1_to_8;

-- 40 modules with one version each and one or two competences; every fifth records no score.
INSERT INTO learning_module (title, description, kind, competence, estimated_minutes, created_at)
  SELECT CONCAT('Bench-modul ', LPAD(seq, 2, '0')), NULL, NULL,
    ELT(1 + seq % 4, 'FAGLIG', 'ORGANISATORISK', 'SOCIAL', 'PRAKTISK'), 30, NOW(6)
  FROM seq_1_to_40;
CREATE TEMPORARY TABLE bench_module (k INT PRIMARY KEY, id BIGINT, version_id BIGINT)
  SELECT seq AS k, (SELECT id FROM learning_module WHERE title = CONCAT('Bench-modul ', LPAD(seq, 2, '0'))) AS id,
    NULL AS version_id FROM seq_1_to_40;
INSERT INTO package_version (module_id, number, storage_key, manifest_identifier, manifest_title,
    scorm_edition, sco_count, file_count, size_bytes, manifest_json, uploaded_at)
  SELECT id, 1, CONCAT('bench-module-', LPAD(k, 2, '0')), NULL, CONCAT('Bench-modul ', LPAD(k, 2, '0')),
    'SCORM_2004_4TH', 1, 1, 1000, '{}', NOW(6) FROM bench_module;
UPDATE bench_module b SET version_id = (SELECT v.id FROM package_version v WHERE v.module_id = b.id);
INSERT INTO module_competence (module_id, competence)
  SELECT id, ELT(1 + k % 4, 'FAGLIG', 'ORGANISATORISK', 'SOCIAL', 'PRAKTISK') FROM bench_module
  UNION SELECT id, ELT(1 + (k + 1) % 4, 'FAGLIG', 'ORGANISATORISK', 'SOCIAL', 'PRAKTISK')
  FROM bench_module WHERE k % 3 = 0;

-- Each programme plans all 40 modules, in four phases; every tenth opens by release only, about
-- one in five is optional, the required ones are due two weeks after they open.
INSERT INTO programme_module (programme_id, module_id, position, phase, unlock_rule, required, due_days)
  SELECT p.id, m.id, m.k,
    CASE WHEN m.k <= 5 THEN 'FORBEREDELSE' WHEN m.k <= 15 THEN 'OPSTART' WHEN m.k <= 35 THEN 'LAERING'
      ELSE 'AFSLUTNING' END,
    IF(m.k % 10 = 0, '{"kind":"release"}', CONCAT('{"kind":"day","day":', (m.k - 1) * 4, '}')),
    (m.k + p.p) % 5 <> 0, IF((m.k + p.p) % 5 <> 0, 14, NULL)
  FROM bench_programme p JOIN bench_module m;

-- 200 mentors (50 per unit) and 5,000 hires, spread over the units.
INSERT INTO account (username, display_name, password_hash, org_unit_id, active, created_at)
  SELECT CONCAT('bench-mentor-', LPAD(seq, 3, '0')), CONCAT('Mentor ', seq), @hash, b.id, TRUE, NOW(6)
  FROM seq_1_to_200 JOIN bench_unit b ON b.u = (seq - 1) % 4;
INSERT INTO account_role (account_id, role)
  SELECT id, 'MENTOR' FROM account WHERE username LIKE 'bench-mentor-%';
INSERT INTO account (username, display_name, password_hash, org_unit_id, active, created_at)
  SELECT CONCAT('bench-hire-', LPAD(seq, 4, '0')),
    CONCAT(ELT(1 + seq % 20, 'Anna', 'Bo', 'Cecilie', 'Dennis', 'Eva', 'Finn', 'Gitte', 'Hans', 'Inge',
      'Jens', 'Karen', 'Lars', 'Mette', 'Niels', 'Ole', 'Pia', 'Rikke', 'Søren', 'Tina', 'Ulla'), ' ',
      ELT(1 + (seq DIV 20) % 15, 'Andersen', 'Bech', 'Dahl', 'Eriksen', 'Frost', 'Gade', 'Holm', 'Iversen',
      'Juul', 'Krogh', 'Lind', 'Mikkelsen', 'Nørgaard', 'Ravn', 'Østergaard'), ' ', seq),
    @hash, b.id, TRUE, NOW(6)
  FROM seq_1_to_5000 JOIN bench_unit b ON b.u = seq % 4;
INSERT INTO account_role (account_id, role)
  SELECT id, 'HIRE' FROM account WHERE username LIKE 'bench-hire-%';

-- Who, where, since when: starts spread over three years; one in eleven leaves during the
-- programme, the others complete it after 180 days; one in nine of those leaves the job later.
CREATE TEMPORARY TABLE bench_hire (
  h INT PRIMARY KEY, hire_id BIGINT, unit_id BIGINT, programme_id BIGINT, p INT, start DATE,
  status VARCHAR(20), ended_on DATE, last_day DATE, pace INT, mentor INT, substitute INT,
  enrollment_id BIGINT, primary_id BIGINT, substitute_id BIGINT, INDEX (enrollment_id))
  SELECT seq AS h, a.id AS hire_id, a.org_unit_id AS unit_id, bp.id AS programme_id, bp.p,
    @today - INTERVAL ((seq * 7919) % 1095) DAY AS start, NULL AS status, NULL AS ended_on,
    NULL AS last_day, 4 + seq % 3 AS pace,
    1 + seq % 4 + 4 * ((seq * 13) % 50) AS mentor, 1 + seq % 4 + 4 * ((seq * 13 + 1) % 50) AS substitute,
    NULL AS enrollment_id, NULL AS primary_id, NULL AS substitute_id
  FROM seq_1_to_5000
  JOIN account a ON a.username = CONCAT('bench-hire-', LPAD(seq, 4, '0'))
  JOIN bench_programme bp ON bp.p = 1 + 2 * (seq % 4) + (seq DIV 4) % 2;
UPDATE bench_hire SET
  ended_on = CASE
    WHEN h % 11 = 3 AND start + INTERVAL (20 + h % 150) DAY <= @today THEN start + INTERVAL (20 + h % 150) DAY
    WHEN h % 11 <> 3 AND start + INTERVAL 180 DAY <= @today THEN start + INTERVAL 180 DAY END;
UPDATE bench_hire SET
  status = CASE WHEN ended_on IS NULL THEN 'ACTIVE' WHEN h % 11 = 3 THEN 'LEFT' ELSE 'COMPLETED' END,
  last_day = COALESCE(ended_on, @today);
UPDATE bench_hire b SET
  primary_id = (SELECT id FROM account WHERE username = CONCAT('bench-mentor-', LPAD(b.mentor, 3, '0'))),
  substitute_id = (SELECT id FROM account WHERE username = CONCAT('bench-mentor-', LPAD(b.substitute, 3, '0')));
UPDATE account a JOIN bench_hire b ON b.hire_id = a.id
  SET a.employment_ended_on = b.start + INTERVAL (365 + b.h % 400) DAY, a.employment_end_reason = 'Ny stilling'
  WHERE b.status = 'COMPLETED' AND b.h % 9 = 4 AND b.start + INTERVAL (365 + b.h % 400) DAY <= @today;
INSERT INTO enrollment (hire_id, org_unit_id, programme_id, start_date, status, ended_on, created_at)
  SELECT hire_id, unit_id, programme_id, start, status, ended_on, NOW(6) FROM bench_hire ORDER BY h;
UPDATE bench_hire b SET enrollment_id = (SELECT id FROM enrollment e WHERE e.hire_id = b.hire_id);
INSERT INTO mentor_assignment (enrollment_id, mentor_id, primary_mentor, from_date, to_date)
  SELECT enrollment_id, primary_id, TRUE, start, NULL FROM bench_hire
  UNION ALL SELECT enrollment_id, substitute_id, FALSE, start, NULL FROM bench_hire;

-- Unlocks: module k opens (k - 1) x pace days after the start, while the hire is there; one in
-- twenty was released by a mentor before its rule.
CREATE TEMPORARY TABLE bench_unlock (
  h INT, k INT, enrollment_id BIGINT, hire_id BIGINT, module_id BIGINT, version_id BIGINT,
  primary_id BIGINT, unlocked_on DATE, last_day DATE, PRIMARY KEY (h, k))
  SELECT b.h, m.k, b.enrollment_id, b.hire_id, m.id AS module_id, m.version_id, b.primary_id,
    b.start + INTERVAL ((m.k - 1) * b.pace) DAY AS unlocked_on, b.last_day
  FROM bench_hire b JOIN bench_module m
  WHERE b.start + INTERVAL ((m.k - 1) * b.pace) DAY <= b.last_day;
-- Without a column list on purpose: MariaDB 11.4.5 fills the listed columns of every row but the
-- first with NULL when a BEFORE INSERT trigger exists (V21's) and the rows come from a SELECT
-- ("Column 'enrollment_id' cannot be null"); a full row in table order is not affected. NULL for
-- the id (auto-increment), seen_at, the stored by_release (computed from the reason) and the columns
-- that V21's trigger fills.
INSERT INTO module_unlock
  SELECT NULL, u.enrollment_id, u.module_id, u.unlocked_on,
    IF(pm.required, u.unlocked_on + INTERVAL 14 DAY, NULL),
    IF((u.h + u.k) % 20 = 0, CONCAT('{"kind":"RELEASE","date":"', u.unlocked_on, '"}'),
      CONCAT('{"kind":"DAY","day":', (u.k - 1) * 4, ',"date":"', u.unlocked_on, '"}')),
    TIMESTAMP(u.unlocked_on, '08:00:00'), NULL, NULL, NULL, NULL, NULL, FALSE, FALSE, FALSE
  FROM bench_unlock u JOIN bench_hire b ON b.h = u.h
  JOIN programme_module pm ON pm.programme_id = b.programme_id AND pm.module_id = u.module_id;

-- Attempts: completed 1-20 days after the unlock when the hire got that far; otherwise started
-- the next day; one unlock in seventeen is never opened (stalled); some retake a module.
INSERT INTO attempt (learner_id, module_id, version_id, number, completed_at, sealed_at, score_scaled,
    total_time_ms, started_at, last_activity_at)
  SELECT hire_id, module_id, version_id, 1, done, done,
    IF(done IS NULL OR k % 5 = 0, NULL, 0.5 + ((h * 7 + k * 3) % 50) / 100),
    600000, TIMESTAMP(unlocked_on + INTERVAL 1 DAY, '09:00:00'),
    COALESCE(done, TIMESTAMP(unlocked_on + INTERVAL 1 DAY, '09:30:00'))
  FROM (SELECT u.*, IF(u.unlocked_on + INTERVAL (1 + (u.h * 3 + u.k * 7) % 20) DAY <= u.last_day,
      TIMESTAMP(u.unlocked_on + INTERVAL (1 + (u.h * 3 + u.k * 7) % 20) DAY, '14:00:00'), NULL) AS done
    FROM bench_unlock u) x
  WHERE (h + k) % 17 <> 0 AND unlocked_on + INTERVAL 1 DAY <= last_day;
INSERT INTO attempt (learner_id, module_id, version_id, number, completed_at, sealed_at, score_scaled,
    total_time_ms, started_at, last_activity_at)
  SELECT t.learner_id, t.module_id, t.version_id, 2, t.completed_at + INTERVAL 3 DAY,
    t.completed_at + INTERVAL 3 DAY, IF(t.score_scaled IS NULL, NULL, 0.99), 300000,
    t.completed_at + INTERVAL 3 DAY, t.completed_at + INTERVAL 3 DAY
  FROM bench_unlock u JOIN attempt t ON t.learner_id = u.hire_id AND t.module_id = u.module_id AND t.number = 1
  WHERE (u.h + u.k) % 29 = 0 AND t.completed_at + INTERVAL 3 DAY <= TIMESTAMP(u.last_day, '23:00:00');

-- Reflection notes on one completion in three: older ones reviewed or answered, recent ones
-- waiting for a mentor; some are drafts. States and times only: the text is a placeholder.
INSERT INTO reflection_note (enrollment_id, author_id, module_id, attempt_id, state, created_at, updated_at,
    submitted_at, taken_by_id, taken_at, answered_at, reviewed_at, reviewed_by_id)
  SELECT enrollment_id, hire_id, module_id, attempt_id, state, completed_at, completed_at,
    IF(state = 'DRAFT', NULL, completed_at + INTERVAL 1 HOUR),
    IF(state IN ('ANSWERED', 'REVIEWED'), primary_id, NULL),
    IF(state IN ('ANSWERED', 'REVIEWED'), answered, NULL),
    IF(state IN ('ANSWERED', 'REVIEWED'), answered, NULL),
    IF(state = 'REVIEWED', answered + INTERVAL 1 DAY, NULL),
    IF(state = 'REVIEWED', primary_id, NULL)
  FROM (SELECT u.enrollment_id, u.hire_id, u.module_id, u.primary_id, t.id AS attempt_id, t.completed_at,
      t.completed_at + INTERVAL (3 + (u.h * u.k) % 72) HOUR AS answered,
      CASE WHEN (u.h + u.k) % 7 = 0 THEN 'DRAFT'
        WHEN t.completed_at < @today - INTERVAL 30 DAY THEN IF((u.h + u.k) % 5 = 0, 'ANSWERED', 'REVIEWED')
        WHEN (u.h + u.k) % 2 = 0 THEN 'SUBMITTED' ELSE 'ANSWERED' END AS state
    FROM bench_unlock u JOIN attempt t ON t.learner_id = u.hire_id AND t.module_id = u.module_id AND t.number = 1
    WHERE (u.h + u.k) % 3 = 0 AND t.completed_at IS NOT NULL) n;
INSERT INTO reflection_answer (note_id, position, prompt, text)
  SELECT id, 1, 'Hvad tager du med?', 'Bench' FROM reflection_note
  WHERE enrollment_id IN (SELECT enrollment_id FROM bench_hire);

-- Status meetings every four weeks while the hire is there, held when past; an active hire has
-- the next one planned.
INSERT INTO status_meeting (enrollment_id, starts_at, place, planned_by_id, planned_at, summary, held_at, summary_by_id)
  SELECT b.enrollment_id, TIMESTAMP(b.start + INTERVAL (28 * seq) DAY, '10:00:00'), 'Mødelokale 2',
    b.primary_id, TIMESTAMP(b.start + INTERVAL (28 * seq - 14) DAY, '12:00:00'),
    IF(b.start + INTERVAL (28 * seq) DAY < @today, 'Bench', NULL),
    IF(b.start + INTERVAL (28 * seq) DAY < @today, TIMESTAMP(b.start + INTERVAL (28 * seq) DAY, '11:00:00'), NULL),
    IF(b.start + INTERVAL (28 * seq) DAY < @today, b.primary_id, NULL)
  FROM bench_hire b JOIN seq_1_to_7
  WHERE b.start + INTERVAL (28 * seq) DAY <= b.last_day
    OR (b.status = 'ACTIVE' AND b.start + INTERVAL (28 * (seq - 1)) DAY <= b.last_day);

COMMIT;
ANALYZE TABLE enrollment, module_unlock, attempt, reflection_note, status_meeting, mentor_assignment,
  programme_module, account;
