package org.safar.people.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.safar.people.registry.Registration;
import org.safar.people.registry.RegistrationChecks;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

/**
 * Turns a row into a {@link Registration} and says what is wrong with it, column by column, with the same rules as
 * the registration form and the API: the bean constraints, then {@link RegistrationChecks}. Dates are YYYY-MM-DD;
 * a birth year alone is enough. The document type and country default to a passport of Uzbekistan, citizenship to
 * Uzbekistan, as on the form.
 */
@Component
class RowReading {

    private final Validator validator;
    private final RegistrationChecks checks;

    RowReading(Validator validator, RegistrationChecks checks) {
        this.validator = validator;
        this.checks = checks;
    }

    /** The registration read from a row, or the reasons it cannot be one. */
    record Read(Registration registration, List<RowError> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    Read read(SourceRow row) {
        List<RowError> errors = new ArrayList<>();
        Registration form = new Registration();
        form.setFamilyName(row.get(ImportColumn.FAMILY_NAME));
        form.setGivenNames(row.get(ImportColumn.GIVEN_NAMES));
        form.setPatronymic(row.get(ImportColumn.PATRONYMIC));
        form.setSex(upper(row.get(ImportColumn.SEX)));
        form.setBirthDate(date(row, errors));
        form.setBirthYear(year(row, form.getBirthDate(), errors));
        set(row, ImportColumn.CITIZENSHIP, form::setCitizenship);
        form.setBirthPlace(row.get(ImportColumn.BIRTH_PLACE));
        form.setHomeRegion(upper(row.get(ImportColumn.HOME_REGION)));
        form.setHomeDistrict(row.get(ImportColumn.HOME_DISTRICT));
        form.setHomeAddress(row.get(ImportColumn.HOME_ADDRESS));
        form.setCurrentCountry(row.get(ImportColumn.CURRENT_COUNTRY));
        set(row, ImportColumn.DOCUMENT_TYPE, value -> form.setDocumentType(upper(value)));
        form.setDocumentNumber(row.get(ImportColumn.DOCUMENT_NUMBER));
        set(row, ImportColumn.DOCUMENT_COUNTRY, form::setDocumentCountry);
        form.setPhone(row.get(ImportColumn.PHONE));
        for (ConstraintViolation<Registration> violation : validator.validate(form)) {
            errors.add(new RowError(ImportColumn.byField(violation.getPropertyPath().toString()),
                    key(violation.getMessageTemplate()), null));
        }
        BeanPropertyBindingResult checked = new BeanPropertyBindingResult(form, "registration");
        checks.validate(form, checked);
        for (FieldError error : checked.getFieldErrors()) {
            Object[] arguments = error.getArguments();
            errors.add(new RowError(ImportColumn.byField(error.getField()), error.getCode(),
                    arguments == null || arguments.length == 0 ? null : String.valueOf(arguments[0])));
        }
        errors.sort(Comparator.comparing(RowError::column));
        return new Read(form, List.copyOf(errors));
    }

    private static LocalDate date(SourceRow row, List<RowError> errors) {
        String text = row.get(ImportColumn.BIRTH_DATE);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        }
        catch (DateTimeParseException notADate) {
            errors.add(new RowError(ImportColumn.BIRTH_DATE, "import.error.date", null));
            return null;
        }
    }

    private static Integer year(SourceRow row, LocalDate birthDate, List<RowError> errors) {
        String text = row.get(ImportColumn.BIRTH_YEAR);
        if (text == null) {
            return null;
        }
        if (!text.matches("\\d{4}")) {
            errors.add(new RowError(ImportColumn.BIRTH_YEAR, "person.birthYear.invalid", null));
            return null;
        }
        int year = Integer.parseInt(text);
        if (birthDate != null && birthDate.getYear() != year) {
            errors.add(new RowError(ImportColumn.BIRTH_YEAR, "import.error.yearDiffers", null));
        }
        return year;
    }

    private static void set(SourceRow row, ImportColumn column, java.util.function.Consumer<String> setter) {
        if (row.get(column) != null) {
            setter.accept(row.get(column));
        }
    }

    private static String key(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(java.util.Locale.ROOT);
    }
}
