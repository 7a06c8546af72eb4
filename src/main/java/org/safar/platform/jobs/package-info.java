/**
 * Long work in the background: {@link org.safar.platform.jobs.BackgroundJobs} runs it on a small pool and keeps
 * its status, progress and counts in the database, so that any node can show them and a restart fails what it cut
 * short instead of leaving it "running" for ever.
 */
@org.springframework.modulith.NamedInterface("jobs")
package org.safar.platform.jobs;
