/**
 * The public site for migrants and their families: check an agency's licence, browse verified vacancies, verify
 * a certificate. No login, four languages, phone-first and light. It reads from the business modules through their
 * public APIs; no business module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package org.safar.portal;
