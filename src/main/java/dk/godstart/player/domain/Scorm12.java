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
 * The SCORM 1.2 run-time data model (RTE section 3.4): CMIString255/4096 lengths, CMIDecimal scores
 * from 0 to 100, CMITimespan and CMITime formats and the vocabularies of the standard.
 */
final class Scorm12 {

  private Scorm12() {}

  static Node model() {
    Node score =
        group(
            "raw", number("0", "100"),
            "min", number("0", "100"),
            "max", number("0", "100"));
    Node status = word("passed", "completed", "failed", "incomplete", "browsed", "not attempted");
    Node interaction =
        group(
            "id", text(255),
            "objectives", new Collection(group("id", text(255)), 250),
            "time", pattern(Kind.PATTERN_TIME_OF_DAY),
            "type",
                word(
                    "true-false",
                    "choice",
                    "fill-in",
                    "matching",
                    "performance",
                    "sequencing",
                    "likert",
                    "numeric"),
            "correct_responses", new Collection(group("pattern", text(255)), 250),
            "weighting", number(null, null),
            "student_response", text(255),
            "result", wordOrNumber("correct", "wrong", "unanticipated", "neutral"),
            "latency", pattern(Kind.PATTERN_TIMESPAN));
    return group(
        "core",
            group(
                "student_id", text(255),
                "student_name", text(255),
                "lesson_location", text(255),
                "credit", word("credit", "no-credit"),
                "lesson_status", status,
                "entry", word("ab-initio", "resume"),
                "score", score,
                "total_time", pattern(Kind.PATTERN_TIMESPAN),
                "lesson_mode", word("browse", "normal", "review"),
                "exit", word("time-out", "suspend", "logout"),
                "session_time", pattern(Kind.PATTERN_TIMESPAN)),
        "suspend_data", text(4096),
        "launch_data", text(4096),
        "comments", text(4096),
        "comments_from_lms", text(4096),
        "objectives", new Collection(group("id", text(255), "score", score, "status", status), 250),
        "student_data",
            group(
                "mastery_score", number("0", "100"),
                "max_time_allowed", pattern(Kind.PATTERN_TIMESPAN),
                "time_limit_action",
                    word(
                        "exit,message",
                        "exit,no message",
                        "continue,message",
                        "continue,no message")),
        "student_preference",
            group(
                "audio", number("-1", "100"),
                "language", text(255),
                "speed", number("-100", "100"),
                "text", word("-1", "0", "1")),
        "interactions", new Collection(interaction, 250));
  }
}
