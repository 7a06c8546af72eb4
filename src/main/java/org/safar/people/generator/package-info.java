/**
 * A synthetic population for tests, benchmarks and demonstrations: persons with names of the peoples of
 * Uzbekistan written as offices write them, and a share of the same real persons entered again with the noise
 * of real registers, each record carrying the id of its real person as ground truth. Internal to {@code people}.
 */
package org.safar.people.generator;
