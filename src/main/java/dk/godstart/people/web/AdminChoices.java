package dk.godstart.people.web;

import dk.godstart.people.application.OrgUnits;
import dk.godstart.people.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/** The choices the administration forms offer: roles by their names, units by their place. */
@Named
@RequestScoped
public class AdminChoices {

  @Inject OrgUnits units;
  @Inject FacesContext faces;

  /**
   * Each unit by its path from the top ("Godstart Kommune › Børn og Unge"), in tree order. Read
   * anew on every call: a unit created by this very request must be among the options it renders.
   */
  public Map<String, Long> getUnits() {
    Map<String, Long> options = new LinkedHashMap<>();
    units.tree().forEach(u -> options.put(u.path(), u.id()));
    return options;
  }

  public Map<String, String> getRoles() {
    ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
    Map<String, String> options = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      options.put(texts.getString("role." + role.name()), role.name());
    }
    return options;
  }

  /** The roles' names as the pages show them, in the order of {@link Role}. */
  public String roleNames(Set<Role> roles) {
    ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
    List<String> names = new ArrayList<>();
    for (Role role : Role.values()) {
      if (roles.contains(role)) {
        names.add(texts.getString("role." + role.name()));
      }
    }
    return String.join(", ", names);
  }

  static Set<Role> roles(List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (names != null) {
      names.forEach(name -> roles.add(Role.valueOf(name)));
    }
    return roles;
  }

  static List<String> names(Set<Role> roles) {
    return roles.stream().map(Role::name).toList();
  }
}
