package org.safar.people;

/** Identifies a person in the registry; other modules refer to people by this id only. */
public record PersonId(long value) {

    public static PersonId of(long value) {
        return new PersonId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
