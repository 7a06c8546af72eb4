package org.safar.training.sessions;

import java.time.LocalDate;

/** A test of a session (a written test, a practical task), scored out of {@code maxScore}. */
public record Assessment(long id, long sessionId, String name, int maxScore, LocalDate heldOn) {
}
