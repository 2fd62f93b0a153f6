package dk.godstart.people.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** A person who signs in to Godstart. */
@Entity
@Table(name = "account")
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 100)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(length = 254)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "org_unit_id")
  private OrgUnit orgUnit;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role", nullable = false, length = 20)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  /** How other systems, e.g. a case system, know this person (initials or an employee number). */
  @Column(name = "external_id", length = 100, unique = true)
  private String externalId;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The last day of the employment, when it ended: for retention, apart from any programme. */
  @Column(name = "employment_ended_on")
  private java.time.LocalDate employmentEndedOn;

  @Column(name = "employment_end_reason", length = 200)
  private String employmentEndReason;

  protected Account() {}

  public Account(
      String username,
      String displayName,
      String passwordHash,
      Set<Role> roles,
      OrgUnit orgUnit,
      Instant createdAt) {
    this.username = normalise(username);
    this.displayName = Objects.requireNonNull(displayName);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.roles = roles.isEmpty() ? new HashSet<>() : new HashSet<>(EnumSet.copyOf(roles));
    this.orgUnit = orgUnit;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** User names are compared without regard to case or surrounding spaces. */
  public static String normalise(String username) {
    return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Whether a text is shaped like an e-mail address (one {@code @}, a dot in the domain, no
   * spaces). Whether it reaches anyone only a mail can tell.
   */
  public static boolean isEmailAddress(String text) {
    return text != null && text.length() <= 254 && text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public OrgUnit orgUnit() {
    return orgUnit;
  }

  public Set<Role> roles() {
    return Collections.unmodifiableSet(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public String externalId() {
    return externalId;
  }

  public void identifyExternallyAs(String externalId) {
    this.externalId = externalId == null || externalId.isBlank() ? null : externalId.strip();
  }

  public boolean isActive() {
    return active;
  }

  public void changeEmail(String email) {
    this.email = email;
  }

  public void changePasswordHash(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
  }

  public void grant(Role role) {
    roles.add(role);
  }

  public void deactivate() {
    active = false;
  }

  /** Lets a deactivated person sign in again, with the password they had. */
  public void reactivate() {
    active = true;
  }

  public void rename(String displayName) {
    this.displayName = Objects.requireNonNull(displayName).strip();
  }

  /** Gives the account exactly these roles. */
  public void holdRoles(Set<Role> roles) {
    this.roles.clear();
    this.roles.addAll(roles);
  }

  public void moveTo(OrgUnit unit) {
    this.orgUnit = unit;
  }

  /** The longest reason kept: a short label ("ny stilling", "flytning"), not a case history. */
  public static final int MAX_END_REASON = 200;

  /** Records (or, with a null day, clears) the end of the employment and its optional reason. */
  public void recordEmploymentEnd(java.time.LocalDate lastDay, String reason) {
    String trimmed = reason == null || reason.isBlank() ? null : reason.strip();
    if (trimmed != null && trimmed.length() > MAX_END_REASON) {
      throw new dk.godstart.kernel.InvalidInput(
          "invalid-input",
          java.util.List.of(
              dk.godstart.kernel.Detail.of(
                  "employment.reason-too-long", "reason", MAX_END_REASON)));
    }
    this.employmentEndedOn = lastDay;
    this.employmentEndReason = lastDay == null ? null : trimmed;
  }

  public java.time.LocalDate employmentEndedOn() {
    return employmentEndedOn;
  }

  public String employmentEndReason() {
    return employmentEndReason;
  }
}
