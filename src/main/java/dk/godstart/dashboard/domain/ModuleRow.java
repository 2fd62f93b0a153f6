package dk.godstart.dashboard.domain;

/**
 * Moduler: per module, over the hires of the period; figures only, no person, so authors may see it
 * too. Counted by the database ({@code dk.godstart.dashboard.application.ModulesQuery}) as defined
 * here.
 *
 * @param unlocked hires for whom the module was unlocked
 * @param completed of those, hires who completed it
 * @param medianDaysToComplete median whole Danish days from unlock to first completion (never below
 *     0: a module completed in preview); null if none
 * @param averageScore mean of each completing hire's best score (0..1); null when the module
 *     recorded no score
 * @param openedEarly share of the unlocks a mentor released before the module's rule opened it;
 *     null when nobody had it unlocked
 */
public record ModuleRow(
    long moduleId,
    String title,
    long unlocked,
    long completed,
    Double medianDaysToComplete,
    Double averageScore,
    Double openedEarly) {}
