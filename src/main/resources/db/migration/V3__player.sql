-- Attempts at modules and the tracking data of each SCO in them. An attempt stays on the package
-- version it started with. last_sequence orders the player's commits: a commit whose sequence is
-- not above it is stale and refused, so an older tab never overwrites newer data.

CREATE TABLE attempt (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  learner_id       BIGINT        NOT NULL,
  module_id        BIGINT        NOT NULL,
  version_id       BIGINT        NOT NULL,
  number           INT           NOT NULL,
  last_sequence    BIGINT        NOT NULL DEFAULT 0,
  last_sco         VARCHAR(255)  NULL,
  completed_at     DATETIME(6)   NULL,
  score_scaled     DECIMAL(7, 6) NULL,
  total_time_ms    BIGINT        NOT NULL DEFAULT 0,
  started_at       DATETIME(6)   NOT NULL,
  last_activity_at DATETIME(6)   NOT NULL,
  CONSTRAINT uq_attempt_number UNIQUE (learner_id, module_id, number),
  CONSTRAINT fk_attempt_learner FOREIGN KEY (learner_id) REFERENCES account (id),
  CONSTRAINT fk_attempt_module FOREIGN KEY (module_id) REFERENCES learning_module (id),
  CONSTRAINT fk_attempt_version FOREIGN KEY (version_id) REFERENCES package_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE INDEX ix_attempt_version ON attempt (version_id);

CREATE TABLE sco_state (
  id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  attempt_id       BIGINT         NOT NULL,
  sco              VARCHAR(255)   NOT NULL,
  cmi_json         LONGTEXT       NULL,
  completion       VARCHAR(20)    NOT NULL,
  success          VARCHAR(10)    NOT NULL,
  score_raw        DECIMAL(12, 4) NULL,
  score_scaled     DECIMAL(7, 6)  NULL,
  suspended        BOOLEAN        NOT NULL DEFAULT FALSE,
  sessions         INT            NOT NULL DEFAULT 0,
  total_time_ms    BIGINT         NOT NULL DEFAULT 0,
  last_activity_at DATETIME(6)    NOT NULL,
  CONSTRAINT uq_sco_state UNIQUE (attempt_id, sco),
  CONSTRAINT fk_sco_state_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
