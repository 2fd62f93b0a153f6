package dk.godstart.reflection.application;

import dk.godstart.kernel.DanishTime;
import dk.godstart.people.domain.Account;
import dk.godstart.reflection.domain.ReflectionNote;
import dk.godstart.reflection.domain.StatusMeeting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * All of the caller's own notes, the answers in their threads and their status meetings' summaries
 * as one self-contained HTML file: theirs to keep. Every text is escaped.
 */
@ApplicationScoped
@Transactional
public class NoteExport {

  @PersistenceContext EntityManager em;
  @Inject NoteAccess access;

  public String mine(Locale requested) {
    Account me = access.hire();
    Locale locale =
        "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("da");
    ResourceBundle t = ResourceBundle.getBundle("dk.godstart.reflection.export", locale);
    DateTimeFormatter when =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(DanishTime.ZONE);
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(locale.getLanguage())
        .append("\"><head><meta charset=\"UTF-8\"><title>")
        .append(esc(t.getString("export.title")))
        .append("</title><style>body{font-family:sans-serif;max-width:48rem;margin:2rem auto;")
        .append("line-height:1.5}section{border-top:1px solid #999;margin-top:1.5rem}")
        .append("blockquote{margin:0 0 .5rem 1rem}</style></head><body>\n<h1>")
        .append(esc(t.getString("export.title")))
        .append(": ")
        .append(esc(me.displayName()))
        .append("</h1>\n<h2>")
        .append(esc(t.getString("export.notes")))
        .append("</h2>\n");
    for (ReflectionNote n :
        em.createQuery(
                "select n from ReflectionNote n where n.author.id = :me order by n.createdAt, n.id",
                ReflectionNote.class)
            .setParameter("me", me.id())
            .getResultList()) {
      html.append("<section><h3>")
          .append(esc(n.module() == null ? t.getString("export.logbook") : n.module().title()))
          .append("</h3><p>")
          .append(esc(t.getString("export.state." + n.state().value())))
          .append(" – ")
          .append(esc(format(when, n.createdAt())))
          .append("</p>\n");
      n.answers()
          .forEach(
              a ->
                  html.append("<h4>")
                      .append(esc(a.prompt()))
                      .append("</h4><p>")
                      .append(text(a.text()))
                      .append("</p>\n"));
      n.comments()
          .forEach(
              c ->
                  html.append("<blockquote><strong>")
                      .append(esc(c.author().displayName()))
                      .append("</strong>, ")
                      .append(esc(format(when, c.createdAt())))
                      .append(":<br>")
                      .append(text(c.text()))
                      .append("</blockquote>\n"));
      html.append("</section>\n");
    }
    html.append("<h2>").append(esc(t.getString("export.meetings"))).append("</h2>\n");
    for (StatusMeeting m :
        em.createQuery(
                "select m from StatusMeeting m where m.enrollment.hire.id = :me and m.heldAt is not"
                    + " null order by m.startsAt",
                StatusMeeting.class)
            .setParameter("me", me.id())
            .getResultList()) {
      html.append("<section><h3>")
          .append(esc(format(when, m.startsAt())))
          .append(", ")
          .append(esc(m.place()))
          .append("</h3><h4>")
          .append(esc(t.getString("export.summary")))
          .append("</h4><p>")
          .append(text(m.summary()))
          .append("</p><h4>")
          .append(esc(t.getString("export.nextSteps")))
          .append("</h4><p>")
          .append(text(m.nextSteps()))
          .append("</p></section>\n");
    }
    return html.append("</body></html>\n").toString();
  }

  private static String format(DateTimeFormatter when, Instant at) {
    return at == null ? "" : when.format(at);
  }

  private static String text(String s) {
    return esc(s).replace("\n", "<br>");
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
