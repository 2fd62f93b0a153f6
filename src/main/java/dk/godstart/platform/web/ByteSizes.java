package dk.godstart.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Locale;

/** File sizes on the pages, in the page's language: {@code #{sizes.of(version.sizeBytes())}}. */
@Named("sizes")
@ApplicationScoped
public class ByteSizes {

  private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};

  public String of(long bytes) {
    double value = bytes;
    int unit = 0;
    while (value >= 1000 && unit < UNITS.length - 1) {
      value /= 1000;
      unit++;
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale());
    format.setMaximumFractionDigits(unit == 0 ? 0 : 1);
    return format.format(value) + " " + UNITS[unit];
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.forLanguageTag("da")
        : faces.getViewRoot().getLocale();
  }
}
