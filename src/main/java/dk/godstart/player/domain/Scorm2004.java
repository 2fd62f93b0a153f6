package dk.godstart.player.domain;

import static dk.godstart.player.domain.CmiDataModel.group;
import static dk.godstart.player.domain.CmiDataModel.number;
import static dk.godstart.player.domain.CmiDataModel.pattern;
import static dk.godstart.player.domain.CmiDataModel.text;
import static dk.godstart.player.domain.CmiDataModel.word;
import static dk.godstart.player.domain.CmiDataModel.wordOrNumber;

import dk.godstart.player.domain.CmiDataModel.Collection;
import dk.godstart.player.domain.CmiDataModel.Leaf.Kind;
import dk.godstart.player.domain.CmiDataModel.Node;

/**
 * The SCORM 2004 4th edition run-time data model (RTE book, section 4.2), with the smallest
 * permitted maxima (SPM) as the lengths and counts that the server accepts.
 */
final class Scorm2004 {

  private Scorm2004() {}

  static Node model() {
    Node score =
        group(
            "scaled", number("-1", "1"),
            "raw", number(null, null),
            "min", number(null, null),
            "max", number(null, null));
    Node completion = word("completed", "incomplete", "not attempted", "unknown");
    Node success = word("passed", "failed", "unknown");
    Node interaction =
        group(
            "id", text(4000),
            "type",
                word(
                    "true-false",
                    "choice",
                    "fill-in",
                    "long-fill-in",
                    "likert",
                    "matching",
                    "performance",
                    "sequencing",
                    "numeric",
                    "other"),
            "objectives", new Collection(group("id", text(4000)), 10),
            "timestamp", pattern(Kind.PATTERN_ISO_TIME),
            "correct_responses", new Collection(group("pattern", text(65_536)), 36),
            "weighting", number(null, null),
            "learner_response", text(65_536),
            "result", wordOrNumber("correct", "incorrect", "unanticipated", "neutral"),
            "latency", pattern(Kind.PATTERN_ISO_DURATION),
            "description", text(250));
    Node objective =
        group(
            "id",
            text(4000),
            "score",
            score,
            "success_status",
            success,
            "completion_status",
            completion,
            "progress_measure",
            number("0", "1"),
            "description",
            text(250));
    Node comment =
        group(
            "comment", text(4000),
            "location", text(250),
            "timestamp", pattern(Kind.PATTERN_ISO_TIME));
    return group(
        "comments_from_learner", new Collection(comment, 250),
        "comments_from_lms", new Collection(comment, 100),
        "completion_status", completion,
        "completion_threshold", number("0", "1"),
        "credit", word("credit", "no-credit"),
        "entry", word("ab-initio", "resume"),
        "exit", word("time-out", "suspend", "logout", "normal"),
        "interactions", new Collection(interaction, 250),
        "launch_data", text(4000),
        "learner_id", text(4000),
        "learner_name", text(250),
        "learner_preference",
            group(
                "audio_level", number("0", null),
                "language", text(250),
                "delivery_speed", number("0", null),
                "audio_captioning", word("-1", "0", "1")),
        "location", text(1000),
        "max_time_allowed", pattern(Kind.PATTERN_ISO_DURATION),
        "mode", word("browse", "normal", "review"),
        "objectives", new Collection(objective, 100),
        "progress_measure", number("0", "1"),
        "scaled_passing_score", number("-1", "1"),
        "score", score,
        "session_time", pattern(Kind.PATTERN_ISO_DURATION),
        "success_status", success,
        "suspend_data", text(64_000),
        "time_limit_action",
            word("exit,message", "continue,message", "exit,no message", "continue,no message"),
        "total_time", pattern(Kind.PATTERN_ISO_DURATION));
  }
}
