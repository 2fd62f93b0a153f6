package dk.godstart.enrollment.application;

import dk.godstart.process.domain.unlock.Reason;
import dk.godstart.process.domain.unlock.WaitingFor;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Says why a module is open or what it waits for, in Danish or English: "Åbner, når du når trinnet
 * 'Børnefaglig undersøgelse'". Step names and module titles replace codes and ids.
 */
final class PathTexts {

  private final ResourceBundle texts;
  private final Locale locale;
  private final Map<String, String> stepNames;
  private final Map<Long, String> moduleTitles;
  private String hireName;

  PathTexts(Locale locale, Map<String, String> stepNames, Map<Long, String> moduleTitles) {
    this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("da");
    this.texts = ResourceBundle.getBundle("dk.godstart.enrollment.path", this.locale);
    this.stepNames = stepNames;
    this.moduleTitles = moduleTitles;
  }

  /**
   * Speaks about the hire by name ("Åbnet, da Sofie nåede trinnet …") where a text has a {@code
   * .other} form, for a mentor or leader reading the path; null keeps "du" for the hire.
   */
  PathTexts aboutSomeoneElse(String hireName) {
    this.hireName = hireName;
    return this;
  }

  String reason(Reason reason) {
    if (reason == null) {
      return null;
    }
    return switch (reason.kind()) {
      case STEP -> format("reason.STEP", stepName(reason.step()));
      case DAY -> format("reason.DAY", date(reason.date()));
      case MODULE -> format("reason.MODULE", title(reason.moduleId()));
      case RELEASE -> format("reason.RELEASE");
      case ALL ->
          format(
              "reason.ALL",
              reason.parts().stream()
                  .map(this::reason)
                  .map(text -> text.replaceAll("\\.$", ""))
                  .collect(Collectors.joining("; ")));
    };
  }

  /**
   * What a locked module waits for: "Åbner når du når trinnet "X" eller den 8. december 2026."
   * {@code anyOf} says whether any one of the waits opens it (else all are needed).
   */
  String waiting(List<WaitingFor> waits, boolean anyOf) {
    if (waits == null || waits.isEmpty()) {
      return null;
    }
    String joined =
        waits.stream()
            .map(this::waiting)
            .collect(Collectors.joining(texts.getString(anyOf ? "waiting.or" : "waiting.and")));
    return format("waiting", joined);
  }

  private String waiting(WaitingFor wait) {
    return switch (wait.type()) {
      case STEP -> format("waiting.STEP", stepName(wait.step()));
      case DAY -> format("waiting.DAY", date(wait.date()));
      case MODULE -> format("waiting.MODULE", title(wait.moduleId()));
      case RELEASE -> format("waiting.RELEASE");
    };
  }

  private String stepName(String code) {
    return stepNames.getOrDefault(code, code);
  }

  private String title(Long moduleId) {
    return moduleTitles.getOrDefault(moduleId, String.valueOf(moduleId));
  }

  private String date(LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
  }

  private String format(String key, Object... args) {
    String other = key + ".other";
    if (hireName != null && texts.containsKey(other)) {
      Object[] withName = java.util.Arrays.copyOf(args, args.length + 1);
      withName[args.length] = hireName;
      // The name is always the last argument, after the key's own ones.
      return new MessageFormat(texts.getString(other), locale).format(withName);
    }
    return new MessageFormat(texts.getString(key), locale).format(args);
  }
}
