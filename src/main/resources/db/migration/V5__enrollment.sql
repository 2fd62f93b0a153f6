-- Enrolments of new hires: their programme, mentors and buddies (with history), the steps they
-- reached, the modules mentors released, and the modules unlocked for them. module_unlock's
-- unique key makes unlocking idempotent across server instances.

ALTER TABLE account ADD COLUMN external_id VARCHAR(100) NULL;
ALTER TABLE account ADD CONSTRAINT uq_account_external_id UNIQUE (external_id);

-- A token with the integration permission may report casework steps for a case system.
ALTER TABLE api_token ADD COLUMN integration BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE enrollment (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  hire_id      BIGINT      NOT NULL,
  org_unit_id  BIGINT      NOT NULL,
  programme_id BIGINT      NOT NULL,
  start_date   DATE        NOT NULL,
  status       VARCHAR(20) NOT NULL,
  ended_on     DATE        NULL,
  created_at   DATETIME(6) NOT NULL,
  CONSTRAINT fk_enrollment_hire FOREIGN KEY (hire_id) REFERENCES account (id),
  CONSTRAINT fk_enrollment_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
  CONSTRAINT fk_enrollment_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
  CONSTRAINT ck_enrollment_status CHECK (status IN ('ACTIVE', 'COMPLETED', 'LEFT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE INDEX ix_enrollment_hire ON enrollment (hire_id, status);

CREATE TABLE mentor_assignment (
  id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  enrollment_id BIGINT      NOT NULL,
  mentor_id     BIGINT      NOT NULL,
  primary_mentor BOOLEAN    NOT NULL,
  from_date     DATE        NOT NULL,
  to_date       DATE        NULL,
  CONSTRAINT fk_ma_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id) ON DELETE CASCADE,
  CONSTRAINT fk_ma_mentor FOREIGN KEY (mentor_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE INDEX ix_mentor_assignment_mentor ON mentor_assignment (mentor_id, to_date);

-- The buddy rota: one colleague per week (the Monday it starts). Replaced weeks keep their row
-- with replaced_at set, so the history stays.
CREATE TABLE buddy_week (
  id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  enrollment_id BIGINT      NOT NULL,
  buddy_id      BIGINT      NOT NULL,
  week_start    DATE        NOT NULL,
  replaced_at   DATETIME(6) NULL,
  CONSTRAINT fk_bw_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id) ON DELETE CASCADE,
  CONSTRAINT fk_bw_buddy FOREIGN KEY (buddy_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE INDEX ix_buddy_week_buddy ON buddy_week (buddy_id, replaced_at);

-- A hire reached a casework step: reported by the hire, a mentor or a case system. A case
-- system's event id is its idempotency key. case_ref is an opaque pseudonym at most.
CREATE TABLE step_event (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  enrollment_id  BIGINT       NOT NULL,
  step_code      VARCHAR(100) NOT NULL,
  occurred_at    DATETIME(6)  NOT NULL,
  source         VARCHAR(20)  NOT NULL,
  event_id       VARCHAR(100) NULL,
  case_ref       VARCHAR(100) NULL,
  recorded_by_id BIGINT       NULL,
  recorded_at    DATETIME(6)  NOT NULL,
  CONSTRAINT uq_step_event_id UNIQUE (event_id),
  CONSTRAINT fk_se_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id) ON DELETE CASCADE,
  CONSTRAINT fk_se_recorded_by FOREIGN KEY (recorded_by_id) REFERENCES account (id),
  CONSTRAINT ck_se_source CHECK (source IN ('HIRE', 'MENTOR', 'CASE_SYSTEM'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE TABLE module_release (
  id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  enrollment_id  BIGINT      NOT NULL,
  module_id      BIGINT      NOT NULL,
  released_by_id BIGINT      NULL,
  released_at    DATETIME(6) NOT NULL,
  CONSTRAINT uq_module_release UNIQUE (enrollment_id, module_id),
  CONSTRAINT fk_mr_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id) ON DELETE CASCADE,
  CONSTRAINT fk_mr_module FOREIGN KEY (module_id) REFERENCES learning_module (id),
  CONSTRAINT fk_mr_released_by FOREIGN KEY (released_by_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

-- A module unlocked for an enrolment, once: the reason as JSON, and whether the hire saw it.
CREATE TABLE module_unlock (
  id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  enrollment_id BIGINT      NOT NULL,
  module_id     BIGINT      NOT NULL,
  unlocked_on   DATE        NOT NULL,
  due_on        DATE        NULL,
  reason        TEXT        NOT NULL,
  recorded_at   DATETIME(6) NOT NULL,
  seen_at       DATETIME(6) NULL,
  CONSTRAINT uq_module_unlock UNIQUE (enrollment_id, module_id),
  CONSTRAINT fk_mu_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id) ON DELETE CASCADE,
  CONSTRAINT fk_mu_module FOREIGN KEY (module_id) REFERENCES learning_module (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
