package dk.godstart.enrollment.domain;

/** A module was unlocked on a hire's path (announced once, after it was recorded). */
public record ModuleUnlocked(long enrollmentId, long hireId, long moduleId) {}
