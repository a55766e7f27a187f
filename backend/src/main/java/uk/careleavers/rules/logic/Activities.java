package uk.careleavers.rules.logic;

import java.util.Set;

/** Groupings of the answers to {@code main_activity}. */
public final class Activities {
  public static final Set<String> EDUCATION_OR_TRAINING =
      Set.of(
          "school_or_college_full_time",
          "school_or_college_part_time",
          "university",
          "apprenticeship",
          "other_training");
  public static final Set<String> EDUCATION_EMPLOYMENT_OR_TRAINING =
      Set.of(
          "school_or_college_full_time",
          "school_or_college_part_time",
          "university",
          "apprenticeship",
          "other_training",
          "working");

  /** A 16-19 study programme: school or college, not higher education, not an apprenticeship. */
  public static final Set<String> STUDY_PROGRAMME_16_19 =
      Set.of("school_or_college_full_time", "school_or_college_part_time");

  public static final Set<String> FULL_TIME_STUDY =
      Set.of("school_or_college_full_time", "university");

  private Activities() {}

  public static boolean isEducationOrTraining(String activity) {
    return EDUCATION_OR_TRAINING.contains(activity);
  }
}
