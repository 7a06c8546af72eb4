/**
 * Labour mobility: private employment agencies and their licences, foreign employers, vacancies abroad and their
 * verification, applications with departure and return, and complaints against agencies and employers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mobility")
package org.safar.mobility;
