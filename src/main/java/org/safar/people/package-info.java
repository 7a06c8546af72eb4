/**
 * The person registry, the hub every other module points to: names in every script, identity documents,
 * contacts, family links and consent, and identity resolution that keeps one real person one record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.safar.people;
