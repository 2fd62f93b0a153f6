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
 *   <li>Failed sign-ins are counted per (typed user name, client address), whether or not the
 *       account exists, and answered with doubling waits rather than a lock: a lock per name let
 *       anyone lock anyone out, and the real user's own address is not slowed by a guesser's. The
 *       message is the same for every name. The counters live in the database, so several server
 *       instances share them. A sign-in in a session that has a user starts a new session.
 *   <li>API tokens are random secrets shown once; only their SHA-256 is stored (a slow hash buys
 *       nothing for 256-bit random secrets and would slow every API call).
 *   <li>A new account gets a password nobody knows and an invitation: a single-use link to choose
 *       one ({@link dk.godstart.people.domain.Invitation}; 7 days, a reset link 24 hours; only the
 *       SHA-256 of its 256-bit token is stored). Issuing is package-private to the application
 *       layer, reached only through account creation and the administrators' checked paths, because
 *       whoever sees a link can take the account. The link is mailed after the commit when the
 *       account has an address, and otherwise handed back to the creator to pass on. "Glemt
 *       adgangskode" answers the same whether or not the name exists, mails on another thread so
 *       that its time tells nothing, and is throttled per client address with the sign-in waits.
 *       Choosing the password signs nobody in.
 *   <li>Accounts and organisation units are the administrators'; {@link
 *       dk.godstart.people.application.Administration} is the one check. A unit cannot move under
 *       itself or its own units (a cycle would have no top); an administrator cannot close or
 *       demote themselves.
 *   <li>{@link dk.godstart.people.application.CurrentUser} answers "who is calling"; each feature's
 *       application layer answers "may they do X to Y" from it. Work Godstart does on its own
 *       behalf (the demo data) runs as the explicit {@link
 *       dk.godstart.people.application.SystemCaller}, which holds every role, and never for a
 *       request with a signed-in caller; there are no methods that skip the check.
 * </ul>
 */
package dk.godstart.people;
