/**
 * The platform every business module stands on: accounts, roles and offices, login, the audit trail,
 * the database (embedded by default), languages, layout and errors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.safar.platform;
