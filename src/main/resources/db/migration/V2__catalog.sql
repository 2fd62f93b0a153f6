-- Learning modules and their package versions (the SCORM packages authors upload).
-- A version's files live in the content store under packages/<storage_key>/; the row is written
-- only after the files are complete, so a row always has its files. The current version of a
-- module is its newest version that is not retired (derived, so it is never out of step).

CREATE TABLE learning_module (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title              VARCHAR(300) NOT NULL,
  description        TEXT         NULL,
  kind               VARCHAR(20)  NULL,
  competence         VARCHAR(20)  NULL,
  estimated_minutes  INT          NULL,
  created_by_id      BIGINT       NULL,
  created_at         DATETIME(6)  NOT NULL,
  CONSTRAINT fk_module_created_by FOREIGN KEY (created_by_id) REFERENCES account (id),
  CONSTRAINT ck_module_kind CHECK (kind IN ('LOVGIVNING', 'DREJEBOG')),
  CONSTRAINT ck_module_competence CHECK (competence IN ('FAGLIG', 'ORGANISATORISK', 'SOCIAL', 'PRAKTISK')),
  CONSTRAINT ck_module_minutes CHECK (estimated_minutes IS NULL OR estimated_minutes BETWEEN 1 AND 600)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE TABLE package_version (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  module_id           BIGINT       NOT NULL,
  number              INT          NOT NULL,
  storage_key         CHAR(36)     NOT NULL,
  manifest_identifier VARCHAR(255) NULL,
  manifest_title      VARCHAR(300) NOT NULL,
  scorm_edition       VARCHAR(20)  NOT NULL,
  sco_count           INT          NOT NULL,
  file_count          INT          NOT NULL,
  size_bytes          BIGINT       NOT NULL,
  manifest_json       LONGTEXT     NOT NULL,
  uploaded_by_id      BIGINT       NULL,
  uploaded_at         DATETIME(6)  NOT NULL,
  retired_at          DATETIME(6)  NULL,
  CONSTRAINT uq_version_number UNIQUE (module_id, number),
  CONSTRAINT uq_version_storage UNIQUE (storage_key),
  CONSTRAINT fk_version_module FOREIGN KEY (module_id) REFERENCES learning_module (id),
  CONSTRAINT fk_version_uploaded_by FOREIGN KEY (uploaded_by_id) REFERENCES account (id),
  CONSTRAINT ck_version_edition CHECK (scorm_edition IN ('SCORM_12', 'SCORM_2004_2ND', 'SCORM_2004_3RD', 'SCORM_2004_4TH'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
