-- Reflection: the hire's notes (about a module, or free logbook entries) with their answers to the
-- module's prompts, the mentors' thread, reads by others than the author, status meetings with
-- their agenda, and in-app notifications. Notes and summaries are personal data: only the hire and
-- the hire's current mentors read their text (checked in the application, never here).

-- One to three prompts per module, set by authors; a module without rows uses the defaults.
CREATE TABLE reflection_prompt (
  id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  module_id BIGINT        NOT NULL,
  position  INT           NOT NULL,
  text      VARCHAR(500)  NOT NULL,
  CONSTRAINT uq_reflection_prompt UNIQUE (module_id, position),
  CONSTRAINT fk_rp_module FOREIGN KEY (module_id) REFERENCES learning_module (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

-- A status meeting between a hire and their mentors: planned (starts_at, place), then held
-- (held_at, summary and agreed next steps).
CREATE TABLE status_meeting (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  enrollment_id BIGINT       NOT NULL,
  starts_at     DATETIME(6)  NOT NULL,
  place         VARCHAR(200) NOT NULL,
  planned_by_id BIGINT       NOT NULL,
  planned_at    DATETIME(6)  NOT NULL,
  summary       TEXT         NULL,
  next_steps    TEXT         NULL,
  held_at       DATETIME(6)  NULL,
  summary_by_id BIGINT       NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_sm_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id) ON DELETE CASCADE,
  CONSTRAINT fk_sm_planned_by FOREIGN KEY (planned_by_id) REFERENCES account (id),
  CONSTRAINT fk_sm_summary_by FOREIGN KEY (summary_by_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE INDEX ix_status_meeting_enrollment ON status_meeting (enrollment_id, held_at, starts_at);

-- A note: module_id NULL is a logbook entry. attempt_id ties a module note to the completed
-- attempt it reflects on (one note per completed attempt). state: DRAFT, SUBMITTED, ANSWERED,
-- REVIEWED, DISCUSS. discussed_in_id: the meeting where a DISCUSS note was talked over.
CREATE TABLE reflection_note (
  id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  enrollment_id   BIGINT      NOT NULL,
  author_id       BIGINT      NOT NULL,
  module_id       BIGINT      NULL,
  attempt_id      BIGINT      NULL,
  state           VARCHAR(20) NOT NULL,
  version         BIGINT      NOT NULL DEFAULT 0,
  created_at      DATETIME(6) NOT NULL,
  updated_at      DATETIME(6) NOT NULL,
  submitted_at    DATETIME(6) NULL,
  taken_by_id     BIGINT      NULL,
  taken_at        DATETIME(6) NULL,
  answered_at     DATETIME(6) NULL,
  reviewed_at     DATETIME(6) NULL,
  reviewed_by_id  BIGINT      NULL,
  discussed_in_id BIGINT      NULL,
  CONSTRAINT uq_reflection_note_attempt UNIQUE (attempt_id),
  CONSTRAINT fk_rn_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id) ON DELETE CASCADE,
  CONSTRAINT fk_rn_author FOREIGN KEY (author_id) REFERENCES account (id),
  CONSTRAINT fk_rn_module FOREIGN KEY (module_id) REFERENCES learning_module (id),
  CONSTRAINT fk_rn_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id),
  CONSTRAINT fk_rn_taken_by FOREIGN KEY (taken_by_id) REFERENCES account (id),
  CONSTRAINT fk_rn_reviewed_by FOREIGN KEY (reviewed_by_id) REFERENCES account (id),
  CONSTRAINT fk_rn_meeting FOREIGN KEY (discussed_in_id) REFERENCES status_meeting (id),
  CONSTRAINT ck_rn_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'ANSWERED', 'REVIEWED', 'DISCUSS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE INDEX ix_reflection_note_author ON reflection_note (author_id, module_id);
CREATE INDEX ix_reflection_note_queue ON reflection_note (enrollment_id, state, submitted_at);

-- The hire's answer to each prompt, in the prompt's order; the prompt's text is kept as asked.
CREATE TABLE reflection_answer (
  id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  note_id  BIGINT       NOT NULL,
  position INT          NOT NULL,
  prompt   VARCHAR(500) NOT NULL,
  text     TEXT         NOT NULL,
  CONSTRAINT uq_reflection_answer UNIQUE (note_id, position),
  CONSTRAINT fk_ra_note FOREIGN KEY (note_id) REFERENCES reflection_note (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

-- The thread under a note: the mentors' answers and the hire's additions.
CREATE TABLE reflection_comment (
  id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  note_id    BIGINT      NOT NULL,
  author_id  BIGINT      NOT NULL,
  text       TEXT        NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_rc_note FOREIGN KEY (note_id) REFERENCES reflection_note (id) ON DELETE CASCADE,
  CONSTRAINT fk_rc_author FOREIGN KEY (author_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

-- Every read of a note by someone other than its author.
CREATE TABLE reflection_read (
  id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  note_id   BIGINT      NOT NULL,
  reader_id BIGINT      NOT NULL,
  read_at   DATETIME(6) NOT NULL,
  CONSTRAINT fk_rr_note FOREIGN KEY (note_id) REFERENCES reflection_note (id) ON DELETE CASCADE,
  CONSTRAINT fk_rr_reader FOREIGN KEY (reader_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE INDEX ix_reflection_read_note ON reflection_read (note_id, read_at);

-- A point of a meeting's agenda added by the hire or a mentor (the template and the notes to
-- discuss are not stored here: the agenda puts them together).
CREATE TABLE meeting_point (
  id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT        NOT NULL,
  author_id  BIGINT        NOT NULL,
  text       VARCHAR(1000) NOT NULL,
  created_at DATETIME(6)   NOT NULL,
  CONSTRAINT fk_mp_meeting FOREIGN KEY (meeting_id) REFERENCES status_meeting (id) ON DELETE CASCADE,
  CONSTRAINT fk_mp_author FOREIGN KEY (author_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

-- What is new for someone, in the application: kind NOTE_SUBMITTED, NOTE_ANSWERED,
-- MEETING_PLANNED, MODULE_UNLOCKED; it points at what it is about and never holds note text.
CREATE TABLE notification (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  recipient_id BIGINT      NOT NULL,
  kind         VARCHAR(30) NOT NULL,
  note_id      BIGINT      NULL,
  meeting_id   BIGINT      NULL,
  module_id    BIGINT      NULL,
  subject_id   BIGINT      NULL,
  created_at   DATETIME(6) NOT NULL,
  seen_at      DATETIME(6) NULL,
  CONSTRAINT fk_nt_recipient FOREIGN KEY (recipient_id) REFERENCES account (id),
  CONSTRAINT fk_nt_note FOREIGN KEY (note_id) REFERENCES reflection_note (id) ON DELETE CASCADE,
  CONSTRAINT fk_nt_meeting FOREIGN KEY (meeting_id) REFERENCES status_meeting (id) ON DELETE CASCADE,
  CONSTRAINT fk_nt_module FOREIGN KEY (module_id) REFERENCES learning_module (id),
  CONSTRAINT fk_nt_subject FOREIGN KEY (subject_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

CREATE INDEX ix_notification_recipient ON notification (recipient_id, seen_at);
