-- Accounts, roles, organisation units, API tokens and sign-in throttling.
-- Timestamps are instants stored as DATETIME(6) in UTC-agnostic form by the application.

CREATE TABLE org_unit (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name       VARCHAR(200) NOT NULL,
  parent_id  BIGINT       NULL,
  created_at DATETIME(6)  NOT NULL,
  CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id),
  CONSTRAINT uq_org_unit_name UNIQUE (parent_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE TABLE account (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username      VARCHAR(100) NOT NULL,
  display_name  VARCHAR(200) NOT NULL,
  email         VARCHAR(254) NULL,
  password_hash VARCHAR(400) NOT NULL,
  org_unit_id   BIGINT       NULL,
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at    DATETIME(6)  NOT NULL,
  CONSTRAINT uq_account_username UNIQUE (username),
  CONSTRAINT fk_account_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE TABLE account_role (
  account_id BIGINT      NOT NULL,
  role       VARCHAR(20) NOT NULL,
  PRIMARY KEY (account_id, role),
  CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT ck_account_role CHECK (role IN ('HIRE', 'MENTOR', 'AUTHOR', 'LEADER', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

-- Failed sign-ins per user name as typed (lower-cased), whether or not such an account exists,
-- so that the lock-out cannot be used to find out which user names exist.
CREATE TABLE sign_in_failure (
  username        VARCHAR(100) NOT NULL PRIMARY KEY,
  failures        INT          NOT NULL,
  last_failure_at DATETIME(6)  NOT NULL,
  locked_until    DATETIME(6)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

-- API tokens are stored as SHA-256 of the secret; the secret is shown once, when issued.
CREATE TABLE api_token (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name         VARCHAR(100) NOT NULL,
  secret_hash  CHAR(64)     NOT NULL,
  account_id   BIGINT       NOT NULL,
  issued_by_id BIGINT       NULL,
  issued_at    DATETIME(6)  NOT NULL,
  revoked_at   DATETIME(6)  NULL,
  CONSTRAINT uq_api_token_secret UNIQUE (secret_hash),
  CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_api_token_issued_by FOREIGN KEY (issued_by_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
