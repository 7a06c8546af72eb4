/**
 * Pre-departure training: courses, centres, sessions, enrolments with a waiting list, attendance, assessments,
 * results, and certificates that anyone can verify by their public code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package org.safar.training;
