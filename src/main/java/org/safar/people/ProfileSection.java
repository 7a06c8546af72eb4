package org.safar.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A section of the person profile filled by another module: the person's cases, applications, training. The
 * people module cannot know those modules (they depend on it), so each of them contributes a bean of this type
 * and the profile page shows every section it finds, in {@link #order()}.
 *
 * <p>A section decides itself what the signed-in reader may see (office scope, restricted records): it returns
 * only those entries, and it may return {@link Shown#hidden()} when the reader may not see the section at all.
 */
public interface ProfileSection {

    /** The anchor of the section on the page, such as {@code cases}; also the id of its heading. */
    String id();

    /** Where the section stands among the others; lower first. */
    int order();

    /** What the reader may see of this section for this person, already in the reader's language. */
    Shown entriesFor(PersonId person, Locale reader);

    /** A section as shown: its heading, the line shown when it is empty, its entries and an optional action. */
    record Shown(boolean visible, String title, String emptyText, List<Entry> entries, Link action) {

        public static Shown hidden() {
            return new Shown(false, "", "", List.of(), null);
        }

        public Shown {
            entries = List.copyOf(entries);
        }
    }

    /** One line of a section: a reference that links to the record, what it is, its state and date. */
    record Entry(String reference, String href, String description, String status, LocalDate date) {
    }

    /** A link under the section, such as "Open a case for this person". */
    record Link(String text, String href) {
    }
}
