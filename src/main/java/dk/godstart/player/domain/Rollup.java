package dk.godstart.player.domain;

import dk.godstart.catalog.domain.manifest.DeliveryControls;
import dk.godstart.catalog.domain.manifest.Item;
import dk.godstart.catalog.domain.manifest.Objective;
import dk.godstart.catalog.domain.manifest.Organization;
import dk.godstart.catalog.domain.manifest.RollupCondition;
import dk.godstart.catalog.domain.manifest.RollupConsiderations;
import dk.godstart.catalog.domain.manifest.RollupRule;
import dk.godstart.catalog.domain.manifest.RollupRules;
import dk.godstart.catalog.domain.manifest.Sequencing;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * SCORM 2004 rollup (SN book, RB.1): the status of every cluster activity from its children, up to
 * the root, whose status decides whether the module is completed. The browser's sequencing engine
 * does the same to drive navigation; the server does it again because the server, not the page,
 * decides when a module is completed and what opens after it.
 *
 * <p>Statuses are three-valued: {@code null} is unknown. A cluster's objective is rolled up by
 * measure when its primary objective is satisfied by measure, else by its own satisfied and
 * not-satisfied rules, else by the default (satisfied when every contributing child is, not
 * satisfied when one known child is not). Progress likewise by its completed and incomplete rules,
 * else by the default. A child contributes when it is tracked, rolls up that kind of status, and,
 * when its rollup considerations say "if attempted", was attempted. Assets (leaves that are not
 * SCOs) carry no tracking data and do not contribute. Not evaluated: attempt and time limits (those
 * conditions are false), and "measure satisfaction if active".
 */
public final class Rollup implements ModuleCompletion {

  /** An activity of the tree: a SCO, an asset, or a cluster with children. */
  public record Activity(
      String identifier, boolean sco, List<Activity> children, Sequencing sequencing) {

    public Activity {
      children = List.copyOf(children);
    }

    boolean contributesData() {
      return sco || !children.isEmpty();
    }

    boolean tracked() {
      DeliveryControls controls = sequencing == null ? null : sequencing.deliveryControls();
      return controls == null || controls.tracked();
    }

    RollupRules rollupRules() {
      RollupRules rules = sequencing == null ? null : sequencing.rollupRules();
      return rules == null ? RollupRules.defaults() : rules;
    }

    RollupConsiderations considerations() {
      RollupConsiderations considerations =
          sequencing == null ? null : sequencing.rollupConsiderations();
      return considerations == null ? RollupConsiderations.defaults() : considerations;
    }

    Objective primaryObjective() {
      return sequencing == null || sequencing.objectives() == null
          ? null
          : sequencing.objectives().primaryObjective();
    }
  }

  /** What rollup knows of an activity; {@code null} fields are unknown. */
  public record Status(boolean attempted, Boolean completed, Boolean satisfied, Double measure) {

    static final Status NOT_ATTEMPTED = new Status(false, null, null, null);

    static Status of(ScoResult result) {
      if (result == null) {
        return NOT_ATTEMPTED;
      }
      Boolean completed =
          switch (result.completion()) {
            case COMPLETED -> Boolean.TRUE;
            case INCOMPLETE -> Boolean.FALSE;
            default -> null;
          };
      Boolean satisfied =
          switch (result.success()) {
            case PASSED -> Boolean.TRUE;
            case FAILED -> Boolean.FALSE;
            default -> null;
          };
      Double measure = result.scoreScaled() == null ? null : result.scoreScaled().doubleValue();
      return new Status(true, completed, satisfied, measure);
    }
  }

  private record Child(Activity activity, Status status) {}

  private final Activity root;

  public Rollup(Activity root) {
    this.root = Objects.requireNonNull(root);
  }

  /** The organization as an activity tree; items whose identifier is in {@code scos} are SCOs. */
  public static Rollup of(Organization organization, Set<String> scos) {
    return new Rollup(
        new Activity(
            organization.identifier(),
            false,
            organization.items().stream().map(item -> activity(item, scos)).toList(),
            organization.sequencing()));
  }

  private static Activity activity(Item item, Set<String> scos) {
    return new Activity(
        item.identifier(),
        scos.contains(item.identifier()),
        item.items().stream().map(child -> activity(child, scos)).toList(),
        item.sequencing());
  }

  /**
   * Completed when the root's progress is completed and its objective is not known to be failed.
   */
  @Override
  public boolean isCompleted(Map<String, ScoResult> results) {
    Status status = statusOf(results);
    return Boolean.TRUE.equals(status.completed()) && !Boolean.FALSE.equals(status.satisfied());
  }

  public Status statusOf(Map<String, ScoResult> results) {
    return evaluate(root, results);
  }

  private static Status evaluate(Activity activity, Map<String, ScoResult> results) {
    if (activity.children().isEmpty()) {
      return Status.of(results.get(activity.identifier()));
    }
    List<Child> children =
        activity.children().stream()
            .filter(Activity::contributesData)
            .map(child -> new Child(child, evaluate(child, results)))
            .toList();
    Double measure = measure(children);
    return new Status(
        children.stream().anyMatch(child -> child.status().attempted()),
        progress(activity, children),
        objective(activity, children, measure),
        measure);
  }

  /** RB.1.1: the weighted average of the tracked children's measures, if any is known. */
  private static Double measure(List<Child> children) {
    double weights = 0;
    double sum = 0;
    boolean known = false;
    for (Child child : children) {
      if (!child.activity().tracked()) {
        continue;
      }
      double weight = child.activity().rollupRules().objectiveMeasureWeight();
      weights += weight;
      if (child.status().measure() != null) {
        known = true;
        sum += weight * child.status().measure();
      }
    }
    return known && weights > 0 ? sum / weights : null;
  }

  /** RB.1.2: satisfied, not satisfied, or unknown. */
  private static Boolean objective(Activity activity, List<Child> children, Double measure) {
    Objective primary = activity.primaryObjective();
    if (primary != null && primary.satisfiedByMeasure()) {
      return measure == null ? null : measure >= primary.minNormalizedMeasure();
    }
    Boolean byRules = byRules(activity, children, "notSatisfied", "satisfied");
    if (byRules != null || hasRules(activity, "notSatisfied", "satisfied")) {
      return byRules;
    }
    return byDefault(children, "satisfied", "notSatisfied", child -> child.status().satisfied());
  }

  /** RB.1.3: completed, incomplete, or unknown. */
  private static Boolean progress(Activity activity, List<Child> children) {
    Boolean byRules = byRules(activity, children, "incomplete", "completed");
    if (byRules != null || hasRules(activity, "incomplete", "completed")) {
      return byRules;
    }
    return byDefault(children, "completed", "incomplete", child -> child.status().completed());
  }

  private static boolean hasRules(Activity activity, String negative, String positive) {
    return activity.rollupRules().rules().stream()
        .anyMatch(rule -> rule.action().equals(negative) || rule.action().equals(positive));
  }

  /** The negative rules first, then the positive ones, which win when both apply. */
  private static Boolean byRules(
      Activity activity, List<Child> children, String negative, String positive) {
    Boolean status = null;
    for (String action : List.of(negative, positive)) {
      for (RollupRule rule : activity.rollupRules().rules()) {
        if (rule.action().equals(action) && applies(rule, children)) {
          status = action.equals(positive);
        }
      }
    }
    return status;
  }

  /** The default rules: false when a contributing child is known false, true when all are true. */
  private static Boolean byDefault(
      List<Child> children, String positive, String negative, Function<Child, Boolean> value) {
    List<Child> contributing =
        children.stream()
            .filter(child -> contributes(child, positive) && contributes(child, negative))
            .toList();
    if (contributing.isEmpty()) {
      return null;
    }
    boolean unknown = false;
    for (Child child : contributing) {
      Boolean known = value.apply(child);
      if (known == null) {
        unknown = true;
      } else if (!known) {
        return false;
      }
    }
    return unknown ? null : true;
  }

  /** RB.1.4: whether a rule's child activity set holds over the contributing children. */
  private static boolean applies(RollupRule rule, List<Child> children) {
    List<Boolean> values =
        children.stream()
            .filter(child -> contributes(child, rule.action()))
            .map(child -> conditionsHold(rule, child.status()))
            .toList();
    if (values.isEmpty()) {
      return false;
    }
    long holding = values.stream().filter(Boolean.TRUE::equals).count();
    return switch (rule.childActivitySet()) {
      case "any" -> holding > 0;
      case "none" -> values.stream().allMatch(Boolean.FALSE::equals);
      case "atLeastCount" -> holding >= rule.minimumCount();
      case "atLeastPercent" -> holding >= rule.minimumPercent() * values.size();
      default -> holding == values.size();
    };
  }

  /** The rule's conditions for one child, combined by "any" or "all", three-valued. */
  private static Boolean conditionsHold(RollupRule rule, Status status) {
    List<Boolean> values =
        rule.conditions().stream().map(condition -> condition(condition, status)).toList();
    if ("all".equals(rule.conditionCombination())) {
      if (values.contains(Boolean.FALSE)) {
        return false;
      }
      return values.contains(null) ? null : true;
    }
    if (values.contains(Boolean.TRUE)) {
      return true;
    }
    return values.contains(null) ? null : false;
  }

  private static Boolean condition(RollupCondition condition, Status status) {
    Boolean value =
        switch (condition.condition()) {
          case "satisfied" -> status.satisfied();
          case "objectiveStatusKnown" -> status.satisfied() != null;
          case "objectiveMeasureKnown" -> status.measure() != null;
          case "completed" -> status.completed();
          case "activityProgressKnown" -> status.completed() != null;
          case "attempted" -> status.attempted();
          case "always" -> true;
          default -> false; // attempt and time limits: not kept, so never exceeded
        };
    if ("not".equals(condition.operator()) && value != null) {
      return !value;
    }
    return value;
  }

  /** RB.1.4.2: whether a child's status counts for a rollup action. */
  private static boolean contributes(Child child, String action) {
    Activity activity = child.activity();
    if (!activity.tracked()) {
      return false;
    }
    RollupConsiderations considerations = activity.considerations();
    String required =
        switch (action) {
          case "satisfied" -> considerations.requiredForSatisfied();
          case "notSatisfied" -> considerations.requiredForNotSatisfied();
          case "completed" -> considerations.requiredForCompleted();
          default -> considerations.requiredForIncomplete();
        };
    boolean objective = action.equals("satisfied") || action.equals("notSatisfied");
    boolean rollsUp =
        objective
            ? activity.rollupRules().rollupObjectiveSatisfied()
            : activity.rollupRules().rollupProgressCompletion();
    return rollsUp && (!"ifAttempted".equals(required) || child.status().attempted());
  }
}
