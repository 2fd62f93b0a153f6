package dk.godstart.enrollment.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The mentor and buddy fields that the enrol form and a hire's path share: user names typed by a
 * leader, several separated by commas or spaces.
 */
public class HelpersForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String primaryMentor;
  private String substitutes;
  private String buddies;

  public List<String> substituteNames() {
    return names(substitutes);
  }

  public List<String> buddyNames() {
    return names(buddies);
  }

  private static List<String> names(String text) {
    return text == null || text.isBlank()
        ? List.of()
        : Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  public String getPrimaryMentor() {
    return primaryMentor;
  }

  public void setPrimaryMentor(String primaryMentor) {
    this.primaryMentor = primaryMentor;
  }

  public String getSubstitutes() {
    return substitutes;
  }

  public void setSubstitutes(String substitutes) {
    this.substitutes = substitutes;
  }

  public String getBuddies() {
    return buddies;
  }

  public void setBuddies(String buddies) {
    this.buddies = buddies;
  }
}
