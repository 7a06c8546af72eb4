package org.safar.training;

/** What a course prepares for: the destination's law and dangers, its language, or a trade. */
public enum CourseKind {
    ORIENTATION, LANGUAGE, VOCATIONAL;

    public String messageKey() {
        return "training.kind." + name();
    }
}
