-- Casework processes (a department's ordered steps) and programme templates (which modules a
-- new hire gets, in which phase, and the rule that unlocks each). Processes are data, never code.

CREATE TABLE casework_process (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  org_unit_id BIGINT       NOT NULL,
  name        VARCHAR(200) NOT NULL,
  description TEXT         NULL,
  created_at  DATETIME(6)  NOT NULL,
  CONSTRAINT fk_process_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE TABLE process_step (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  process_id  BIGINT       NOT NULL,
  position    INT          NOT NULL,
  code        VARCHAR(100) NOT NULL,
  name        VARCHAR(200) NOT NULL,
  description TEXT         NULL,
  phase       VARCHAR(20)  NOT NULL,
  CONSTRAINT uq_step_code UNIQUE (process_id, code),
  CONSTRAINT fk_step_process FOREIGN KEY (process_id) REFERENCES casework_process (id) ON DELETE CASCADE,
  CONSTRAINT ck_step_phase CHECK (phase IN ('FORBEREDELSE', 'OPSTART', 'LAERING', 'AFSLUTNING'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE TABLE programme (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  org_unit_id         BIGINT       NOT NULL,
  process_id          BIGINT       NOT NULL,
  name                VARCHAR(200) NOT NULL,
  description         TEXT         NULL,
  hires_report_steps  BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at          DATETIME(6)  NOT NULL,
  CONSTRAINT fk_programme_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
  CONSTRAINT fk_programme_process FOREIGN KEY (process_id) REFERENCES casework_process (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

-- One module of a programme. unlock_rule is the rule as JSON, e.g. {"kind":"step","step":"…"}.
CREATE TABLE programme_module (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  programme_id BIGINT      NOT NULL,
  module_id    BIGINT      NOT NULL,
  position     INT         NOT NULL,
  phase        VARCHAR(20) NOT NULL,
  unlock_rule  TEXT        NOT NULL,
  required     BOOLEAN     NOT NULL DEFAULT TRUE,
  due_days     INT         NULL,
  CONSTRAINT uq_programme_module UNIQUE (programme_id, module_id),
  CONSTRAINT fk_pm_programme FOREIGN KEY (programme_id) REFERENCES programme (id) ON DELETE CASCADE,
  CONSTRAINT fk_pm_module FOREIGN KEY (module_id) REFERENCES learning_module (id),
  CONSTRAINT ck_pm_phase CHECK (phase IN ('FORBEREDELSE', 'OPSTART', 'LAERING', 'AFSLUTNING')),
  CONSTRAINT ck_pm_due CHECK (due_days IS NULL OR due_days BETWEEN 0 AND 365)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
