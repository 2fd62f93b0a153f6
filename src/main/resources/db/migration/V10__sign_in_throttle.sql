-- Failed sign-ins are counted per (typed user name, client address) and answered with increasing
-- waits instead of a lock per user name, which let anyone lock any account out with ten guesses.
DROP TABLE sign_in_failure;

CREATE TABLE sign_in_throttle (
  throttle_key    VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL PRIMARY KEY,
  failures        INT          NOT NULL,
  last_failure_at DATETIME(6)  NOT NULL,
  wait_until      DATETIME(6)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;
