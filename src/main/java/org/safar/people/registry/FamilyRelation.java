package org.safar.people.registry;

/** How a relative is related to a person. Every link is stored both ways: a parent's child, a sibling's sibling. */
public enum FamilyRelation {

    SPOUSE, PARENT, CHILD, SIBLING;

    /** The relation seen from the relative's side. */
    public FamilyRelation inverse() {
        return switch (this) {
            case PARENT -> CHILD;
            case CHILD -> PARENT;
            case SPOUSE, SIBLING -> this;
        };
    }
}
