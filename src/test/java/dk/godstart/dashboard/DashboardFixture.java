package dk.godstart.dashboard;

import dk.godstart.kernel.DanishTime;
import dk.godstart.testsupport.GodstartServer;
import dk.godstart.testsupport.TestAccounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A small known organisation in the shared server's database, made once: the unit "Testenhed
 * Dashboard" with four hires (Anna and Bent active, Cille who left the programme, Dorte who
 * completed it and left the job later), one programme of three demo modules, their attempts, two
 * notes and a meeting; and an empty unit. Leaders of each unit sign in as {@code leder-test} and
 * {@code leder-tom}. Dates are relative to today (T), so the expected figures are exact.
 */
final class DashboardFixture {

  static final LocalDate T = LocalDate.now(DanishTime.ZONE);

  /** Text of Anna's notes, which no dashboard may show. */
  static final String SECRET = "HEMMELIG-NOTATTEKST";

  private static DashboardFixture made;
  private static DashboardFixture edges;

  long unit;
  long emptyUnit;
  long programme;
  long m1;
  long m2;
  long m3;
  long anna;
  long bent;
  long cille;
  long dorte;
  long hugo;
  long mentor;

  static synchronized DashboardFixture get() {
    if (made == null) {
      made = build(DashboardFixture::make);
    }
    return made;
  }

  /** How one of the data sets is written into the database. */
  private interface Making {
    DashboardFixture into(DashboardFixture fixture) throws SQLException;
  }

  private static DashboardFixture build(Making making) {
    try {
      return making.into(new DashboardFixture());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The edges of Danish days, in a unit of their own ("Testenhed Kanter", programme of M1 required
   * and due 7 days after it opens, and M2 optional), with two active hires, Eva and Finn:
   *
   * <ul>
   *   <li>Eva completed M1 two days before it was unlocked for her (in preview): 0 days. Her last
   *       activity in the open M2 was at 00:00 Danish time 13 days ago (the evening before in UTC):
   *       not stalled after 14 days.
   *   <li>Finn completed M1 at 00:00 Danish time 15 days ago, 5 Danish days after its unlock (4 in
   *       UTC). His last activity in the open M2 was at 23:00 Danish time 14 days ago: stalled.
   *   <li>Hugo starts in 40 days. M1 was opened for him 45 days ago, before his start, and he
   *       completed it 40 days ago (5 days): he counts in no period that ends before his start.
   *   <li>Gry left; Kant Mentor was her primary mentor, and is Eva's. Kant Vikar is the substitute
   *       of Eva and Finn. Kant Mentor answered two of Eva's notes, in 10 and 30 hours; a third
   *       waits since 3 days.
   * </ul>
   */
  static synchronized DashboardFixture edges() {
    if (edges == null) {
      edges = build(DashboardFixture::makeEdges);
    }
    return edges;
  }

  private DashboardFixture makeEdges() throws SQLException {
    try (Connection db = GodstartServer.shared().database()) {
      long root = single(db, "SELECT id FROM org_unit WHERE parent_id IS NULL");
      unit =
          insert(
              db,
              "INSERT INTO org_unit (name, parent_id, created_at) VALUES ('Testenhed Kanter', "
                  + root
                  + ", NOW(6))");
      m1 = single(db, "SELECT MIN(module_id) FROM module_competence WHERE competence = 'FAGLIG'");
      m2 = single(db, "SELECT MIN(module_id) FROM module_competence WHERE competence = 'PRAKTISK'");
      long process = single(db, "SELECT MIN(id) FROM casework_process");
      programme =
          insert(
              db,
              "INSERT INTO programme (org_unit_id, process_id, name, created_at) VALUES ("
                  + unit
                  + ", "
                  + process
                  + ", 'Kantforløb', NOW(6))");
      exec(
          db,
          "INSERT INTO programme_module (programme_id, module_id, position, phase, unlock_rule,"
              + " required, due_days) VALUES ("
              + programme
              + ", "
              + m1
              + ", 1, 'OPSTART', '{\"kind\":\"day\",\"day\":0}', TRUE, 7), ("
              + programme
              + ", "
              + m2
              + ", 2, 'LAERING', '{\"kind\":\"release\"}', FALSE, NULL)");
      long evaAccount = account(db, "kant-eva", "Kant Eva", "HIRE");
      long finnAccount = account(db, "kant-finn", "Kant Finn", "HIRE");
      anna = enrol(db, evaAccount, T.minusDays(60), "ACTIVE", null);
      bent = enrol(db, finnAccount, T.minusDays(60), "ACTIVE", null);
      unlock(db, anna, m1, T.minusDays(10), T.minusDays(3), "DAY");
      attemptAt(db, evaAccount, m1, at(T.minusDays(12), 9), at(T.minusDays(12), 10));
      unlock(db, anna, m2, T.minusDays(40), null, "RELEASE");
      attemptAt(db, evaAccount, m2, at(T.minusDays(13), 0), null);
      unlock(db, bent, m1, T.minusDays(20), T.minusDays(13), "DAY");
      attemptAt(db, finnAccount, m1, at(T.minusDays(16), 23), at(T.minusDays(15), 0));
      unlock(db, bent, m2, T.minusDays(40), null, "RELEASE");
      attemptAt(db, finnAccount, m2, at(T.minusDays(14), 23), null);
      long hugoAccount = account(db, "kant-hugo", "Kant Hugo", "HIRE");
      hugo = enrol(db, hugoAccount, T.plusDays(40), "ACTIVE", null);
      unlock(db, hugo, m1, T.minusDays(45), T.minusDays(38), "DAY");
      attemptAt(db, hugoAccount, m1, at(T.minusDays(41), 9), at(T.minusDays(40), 12));
      long gryAccount = account(db, "kant-gry", "Kant Gry", "HIRE");
      cille = enrol(db, gryAccount, T.minusDays(300), "LEFT", T.minusDays(100));
      mentor = account(db, "kant-mentor", "Kant Mentor", "MENTOR");
      long substitute = account(db, "kant-vikar", "Kant Vikar", "MENTOR");
      exec(
          db,
          "INSERT INTO mentor_assignment (enrollment_id, mentor_id, primary_mentor, from_date)"
              + " VALUES ("
              + anna
              + ", "
              + mentor
              + ", TRUE, '"
              + T.minusDays(60)
              + "'), ("
              + cille
              + ", "
              + mentor
              + ", TRUE, '"
              + T.minusDays(300)
              + "'), ("
              + anna
              + ", "
              + substitute
              + ", FALSE, '"
              + T.minusDays(60)
              + "'), ("
              + bent
              + ", "
              + substitute
              + ", FALSE, '"
              + T.minusDays(60)
              + "')");
      note(
          db,
          anna,
          evaAccount,
          m1,
          "ANSWERED",
          at(T.minusDays(9), 9),
          at(T.minusDays(9), 19),
          mentor);
      note(
          db,
          anna,
          evaAccount,
          m2,
          "ANSWERED",
          at(T.minusDays(8), 9),
          at(T.minusDays(7), 15),
          mentor);
      note(db, anna, evaAccount, m2, "SUBMITTED", at(T.minusDays(3), 9), null, null);
    }
    return this;
  }

  /** An attempt at exact times: its last activity is its completion, or its start if open. */
  private void attemptAt(
      Connection db, long learner, long module, Timestamp started, Timestamp completed)
      throws SQLException {
    long version = single(db, "SELECT MAX(id) FROM package_version WHERE module_id = " + module);
    Timestamp last = completed == null ? started : completed;
    try (PreparedStatement s =
        db.prepareStatement(
            "INSERT INTO attempt (learner_id, module_id, version_id, number, completed_at,"
                + " started_at, last_activity_at) VALUES (?, ?, ?, 1, ?, ?, ?)")) {
      s.setLong(1, learner);
      s.setLong(2, module);
      s.setLong(3, version);
      s.setTimestamp(4, completed);
      s.setTimestamp(5, started);
      s.setTimestamp(6, last);
      s.executeUpdate();
    }
  }

  private DashboardFixture make() throws SQLException {
    TestAccounts.copyOf("leder", "leder-test");
    TestAccounts.copyOf("leder", "leder-tom");
    try (Connection db = GodstartServer.shared().database()) {
      long root = single(db, "SELECT id FROM org_unit WHERE parent_id IS NULL");
      unit =
          insert(
              db,
              "INSERT INTO org_unit (name, parent_id, created_at) VALUES ('Testenhed Dashboard', "
                  + root
                  + ", NOW(6))");
      emptyUnit =
          insert(
              db,
              "INSERT INTO org_unit (name, parent_id, created_at) VALUES ('Tom enhed', "
                  + root
                  + ", NOW(6))");
      exec(db, "UPDATE account SET org_unit_id = " + unit + " WHERE username = 'leder-test'");
      exec(db, "UPDATE account SET org_unit_id = " + emptyUnit + " WHERE username = 'leder-tom'");
      m1 = single(db, "SELECT MIN(module_id) FROM module_competence WHERE competence = 'FAGLIG'");
      m2 =
          single(
              db,
              "SELECT MIN(module_id) FROM module_competence WHERE competence = 'FAGLIG' AND module_id > "
                  + m1);
      m3 = single(db, "SELECT MIN(module_id) FROM module_competence WHERE competence = 'PRAKTISK'");
      long process = single(db, "SELECT MIN(id) FROM casework_process");
      programme =
          insert(
              db,
              "INSERT INTO programme (org_unit_id, process_id, name, created_at) VALUES ("
                  + unit
                  + ", "
                  + process
                  + ", 'Testforløb', NOW(6))");
      exec(
          db,
          "INSERT INTO programme_module (programme_id, module_id, position, phase, unlock_rule, required, due_days) VALUES"
              + " ("
              + programme
              + ", "
              + m1
              + ", 1, 'OPSTART', '{\"kind\":\"day\",\"day\":0}', TRUE, 7),"
              + " ("
              + programme
              + ", "
              + m2
              + ", 2, 'LAERING', '{\"kind\":\"release\"}', TRUE, NULL),"
              + " ("
              + programme
              + ", "
              + m3
              + ", 3, 'AFSLUTNING', '{\"kind\":\"release\"}', FALSE, NULL)");
      mentor = account(db, "test-mentor", "Test Mentor", "MENTOR");
      long mentor2 = account(db, "test-mentor2", "Test Mentor 2", "MENTOR");
      long annaAccount = account(db, "test-anna", "Test Anna", "HIRE");
      long bentAccount = account(db, "test-bent", "Test Bent", "HIRE");
      long cilleAccount = account(db, "test-cille", "Test Cille", "HIRE");
      long dorteAccount = account(db, "test-dorte", "Test Dorte", "HIRE");
      anna = enrol(db, annaAccount, T.minusDays(60), "ACTIVE", null);
      bent = enrol(db, bentAccount, T.minusDays(10), "ACTIVE", null);
      cille = enrol(db, cilleAccount, T.minusDays(400), "LEFT", T.minusDays(300));
      dorte = enrol(db, dorteAccount, T.minusDays(800), "COMPLETED", T.minusDays(650));
      exec(
          db,
          "UPDATE account SET employment_ended_on = '"
              + T.minusDays(100)
              + "' WHERE id = "
              + dorteAccount);
      exec(
          db,
          "INSERT INTO mentor_assignment (enrollment_id, mentor_id, primary_mentor, from_date) VALUES"
              + " ("
              + anna
              + ", "
              + mentor
              + ", TRUE, '"
              + T.minusDays(60)
              + "'),"
              + " ("
              + anna
              + ", "
              + mentor2
              + ", FALSE, '"
              + T.minusDays(60)
              + "'),"
              + " ("
              + bent
              + ", "
              + mentor
              + ", TRUE, '"
              + T.minusDays(10)
              + "')");
      // Anna: M1 in 2 days (score 0.8), M2 in 10 days (no score), M3 opened and untouched for 20
      // days.
      unlock(db, anna, m1, T.minusDays(50), T.minusDays(43), "DAY");
      unlock(db, anna, m2, T.minusDays(40), T.minusDays(30), "RELEASE");
      unlock(db, anna, m3, T.minusDays(20), null, "RELEASE");
      attempt(db, annaAccount, m1, T.minusDays(50), T.minusDays(48), "0.800000");
      attempt(db, annaAccount, m2, T.minusDays(40), T.minusDays(30), null);
      attempt(db, annaAccount, m3, T.minusDays(20), null, null);
      // Bent: M1 released before its rule, due 3 days ago, never opened.
      unlock(db, bent, m1, T.minusDays(10), T.minusDays(3), "RELEASE");
      // Cille: M1 in 5 days (score 0.6), then left.
      unlock(db, cille, m1, T.minusDays(400), T.minusDays(393), "DAY");
      attempt(db, cilleAccount, m1, T.minusDays(400), T.minusDays(395), "0.600000");
      // Anna's notes: one never answered (5 days), one answered by her mentor in 6 hours.
      note(db, anna, annaAccount, m1, "SUBMITTED", at(T.minusDays(5), 9), null, null);
      note(
          db,
          anna,
          annaAccount,
          m2,
          "ANSWERED",
          at(T.minusDays(28), 9),
          at(T.minusDays(28), 15),
          mentor);
      exec(
          db,
          "INSERT INTO reflection_answer (note_id, position, prompt, text) SELECT id, 1, 'Hvad lærte du?',"
              + " '"
              + SECRET
              + "' FROM reflection_note WHERE enrollment_id = "
              + anna);
      exec(
          db,
          "INSERT INTO status_meeting (enrollment_id, starts_at, place, planned_by_id, planned_at, held_at)"
              + " VALUES ("
              + anna
              + ", '"
              + at(T.minusDays(7), 10)
              + "', 'Mødelokale 2', "
              + mentor
              + ", NOW(6), '"
              + at(T.minusDays(7), 11)
              + "'),"
              + " ("
              + anna
              + ", '"
              + at(T.plusDays(14), 10)
              + "', 'Mødelokale 2', "
              + mentor
              + ", NOW(6), NULL)");
    }
    return this;
  }

  static Timestamp at(LocalDate day, int hour) {
    return Timestamp.from(day.atTime(LocalTime.of(hour, 0)).atZone(DanishTime.ZONE).toInstant());
  }

  private long account(Connection db, String username, String name, String role)
      throws SQLException {
    long id =
        insert(
            db,
            "INSERT INTO account (username, display_name, password_hash, org_unit_id, created_at)"
                + " SELECT '"
                + username
                + "', '"
                + name
                + "', password_hash, "
                + unit
                + ", NOW(6) FROM account WHERE username = 'leder'");
    exec(db, "INSERT INTO account_role (account_id, role) VALUES (" + id + ", '" + role + "')");
    return id;
  }

  private long enrol(Connection db, long hire, LocalDate start, String status, LocalDate ended)
      throws SQLException {
    return insert(
        db,
        "INSERT INTO enrollment (hire_id, org_unit_id, programme_id, start_date, status, ended_on, created_at) VALUES ("
            + hire
            + ", "
            + unit
            + ", "
            + programme
            + ", '"
            + start
            + "', '"
            + status
            + "', "
            + (ended == null ? "NULL" : "'" + ended + "'")
            + ", NOW(6))");
  }

  private void unlock(
      Connection db, long enrollment, long module, LocalDate on, LocalDate due, String kind)
      throws SQLException {
    exec(
        db,
        "INSERT INTO module_unlock (enrollment_id, module_id, unlocked_on, due_on, reason, recorded_at) VALUES ("
            + enrollment
            + ", "
            + module
            + ", '"
            + on
            + "', "
            + (due == null ? "NULL" : "'" + due + "'")
            + ", '{\"kind\":\""
            + kind
            + "\"}', NOW(6))");
  }

  private void attempt(
      Connection db,
      long learner,
      long module,
      LocalDate started,
      LocalDate completed,
      String score)
      throws SQLException {
    long version = single(db, "SELECT MAX(id) FROM package_version WHERE module_id = " + module);
    LocalDate last = completed == null ? started : completed;
    exec(
        db,
        "INSERT INTO attempt (learner_id, module_id, version_id, number, completed_at, score_scaled, started_at, last_activity_at) VALUES ("
            + learner
            + ", "
            + module
            + ", "
            + version
            + ", 1, "
            + (completed == null ? "NULL" : "'" + at(completed, 12) + "'")
            + ", "
            + (score == null ? "NULL" : score)
            + ", '"
            + at(started, 10)
            + "', '"
            + at(last, 12)
            + "')");
  }

  private void note(
      Connection db,
      long enrollment,
      long author,
      long module,
      String state,
      Timestamp submitted,
      Timestamp answered,
      Long by)
      throws SQLException {
    exec(
        db,
        "INSERT INTO reflection_note (enrollment_id, author_id, module_id, state, created_at, updated_at, submitted_at, answered_at, taken_by_id) VALUES ("
            + enrollment
            + ", "
            + author
            + ", "
            + module
            + ", '"
            + state
            + "', NOW(6), NOW(6), '"
            + submitted
            + "', "
            + (answered == null ? "NULL" : "'" + answered + "'")
            + ", "
            + (by == null ? "NULL" : by)
            + ")");
  }

  private static long single(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void exec(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private static long insert(Connection db, String sql) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }
}
