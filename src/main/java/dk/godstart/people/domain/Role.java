package dk.godstart.people.domain;

/**
 * What an account may do. The names are also the security groups of Jakarta Security and the values
 * stored in {@code account_role}.
 */
public enum Role {
  /** A newly hired social worker (nyansat) taking their programme. */
  HIRE,
  /** A professional mentor, primary or substitute, for one or more hires. */
  MENTOR,
  /** A content author or coordinator (tovholder): modules, processes and programmes. */
  AUTHOR,
  /** A leader: enrols hires and sees completion dashboards for their unit. */
  LEADER,
  /** An administrator: organisation units, accounts and API tokens. */
  ADMIN;

  public static final String HIRE_NAME = "HIRE";
  public static final String MENTOR_NAME = "MENTOR";
  public static final String AUTHOR_NAME = "AUTHOR";
  public static final String LEADER_NAME = "LEADER";
  public static final String ADMIN_NAME = "ADMIN";
}
