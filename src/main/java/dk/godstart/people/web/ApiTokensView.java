package dk.godstart.people.web;

import dk.godstart.people.application.ApiTokens;
import dk.godstart.people.application.ApiTokens.TokenSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs {@code admin/api-tokens.xhtml}: issue, list and revoke API tokens. */
@Named
@ViewScoped
public class ApiTokensView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ApiTokens tokens;

  private String name;
  private String account;
  private boolean integration;
  private String issuedSecret;
  private List<TokenSummary> list;

  public List<TokenSummary> getTokens() {
    if (list == null) {
      list = tokens.list();
    }
    return list;
  }

  public void issue() {
    issuedSecret = tokens.issue(name, account, integration).secret();
    name = null;
    account = null;
    integration = false;
    list = null;
  }

  public void revoke(long id) {
    tokens.revoke(id);
    issuedSecret = null;
    list = null;
  }

  public String getIssuedSecret() {
    return issuedSecret;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAccount() {
    return account;
  }

  public void setAccount(String account) {
    this.account = account;
  }

  public boolean isIntegration() {
    return integration;
  }

  public void setIntegration(boolean integration) {
    this.integration = integration;
  }
}
