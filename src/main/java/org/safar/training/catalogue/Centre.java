package org.safar.training.catalogue;

import java.util.List;
import java.util.Locale;

import org.safar.platform.Language;

/** A training centre run by an office, in a region, with its rooms. */
public record Centre(Long id, String code, String nameUz, String nameUzCyrl, String nameRu, String nameEn,
        String regionCode, String address, long officeId, List<Room> rooms) {

    /** A room of a centre and how many people it seats. */
    public record Room(Long id, String name, int seats) {
    }

    public Centre {
        rooms = rooms == null ? List.of() : List.copyOf(rooms);
    }

    public String name(Locale locale) {
        return Language.pick(locale, nameUz, nameUzCyrl, nameRu, nameEn);
    }

    Centre withRooms(List<Room> list) {
        return new Centre(id, code, nameUz, nameUzCyrl, nameRu, nameEn, regionCode, address, officeId, list);
    }
}
