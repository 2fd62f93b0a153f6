/**
 * People: accounts, roles, organisation units, sign-in, API tokens and the current user.
 *
 * <p>Design decisions:
 *
 * <ul>
 *   <li>Sign-in is Jakarta Security: one {@link
 *       dk.godstart.people.web.GodstartAuthenticationMechanism} serves both the form sign-in of the
 *       pages (a session) and the REST API's {@code Authorization: Bearer} tokens, because Jakarta
 *       Security 3 allows one mechanism per application. Credentials are checked by identity stores
 *       over the database: {@link dk.godstart.people.application.AccountIdentityStore} (PBKDF2
 *       password hashes) and {@link dk.godstart.people.application.ApiTokenIdentityStore}.
 *   <li>Roles ({@link dk.godstart.people.domain.Role}) are the caller's groups. A buddy is a
 *       relation between colleagues, not a role; one account may hold several roles.
 *   <li>Lock-out counts failures per typed user name, whether or not the account exists, so that
 *       neither the message nor the lock tells an attacker which user names exist. The counters
 *       live in the database, so several server instances share them.
 *   <li>API tokens are random secrets shown once; only their SHA-256 is stored (a slow hash buys
 *       nothing for 256-bit random secrets and would slow every API call).
 *   <li>{@link dk.godstart.people.application.CurrentUser} is the one place that answers "who is
 *       calling and what may they do" for pages, REST resources and application services alike.
 * </ul>
 */
package dk.godstart.people;
