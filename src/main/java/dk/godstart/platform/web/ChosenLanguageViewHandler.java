package dk.godstart.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view starts in the language the user chose (Danish unless they switched), not in the
 * browser's: so texts built before rendering, e.g. in view actions, are in the page's language.
 */
public class ChosenLanguageViewHandler extends ViewHandlerWrapper {

  public ChosenLanguageViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return context
        .getApplication()
        .evaluateExpressionGet(context, "#{languageChoice.locale}", Locale.class);
  }
}
