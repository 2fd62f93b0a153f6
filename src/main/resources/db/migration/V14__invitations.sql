-- Invitations and password-reset links: a single-use link to choose a password. Only the SHA-256
-- of the link's random token is stored, so a copy of the database opens no account.
CREATE TABLE invitation (
  id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id    BIGINT      NOT NULL,
  purpose       VARCHAR(20) NOT NULL,
  token_hash    CHAR(64)    NOT NULL,
  created_at    DATETIME(6) NOT NULL,
  expires_at    DATETIME(6) NOT NULL,
  used_at       DATETIME(6) NULL,
  withdrawn_at  DATETIME(6) NULL,
  issued_by_id  BIGINT      NULL,
  CONSTRAINT uq_invitation_token UNIQUE (token_hash),
  CONSTRAINT fk_invitation_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT fk_invitation_issued_by FOREIGN KEY (issued_by_id) REFERENCES account (id),
  CONSTRAINT ck_invitation_purpose CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE INDEX ix_invitation_account ON invitation (account_id, created_at);
