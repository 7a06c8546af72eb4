package org.safar.protection.api;

import java.util.List;
import java.util.Set;

import org.safar.protection.CaseSource;
import org.safar.protection.cases.PersonRole;
import org.safar.protection.cases.RiskLevel;
import org.safar.protection.cases.Vulnerability;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A case to open, or the corrected details of one. */
@Schema(description = "A case to open (POST) or its corrected details (PUT; owningOfficeId and persons are ignored)")
record CaseRequest(
        @NotBlank(message = "{case.type.required}") @Schema(example = "TRAFFICKING") String typeCode,
        @Schema(example = "LABOUR_EXPLOITATION") String subtypeCode,
        @NotBlank(message = "{case.summary.required}") @Size(max = 4000, message = "{case.text.tooLong}")
        String summary,
        @Pattern(regexp = "^[A-Za-z]{2}$", message = "{case.country.invalid}") @Schema(example = "RU") String country,
        @Size(max = 200, message = "{case.text.tooLong}") String city,
        @Size(max = 300, message = "{case.text.tooLong}") String employer,
        @Size(max = 300, message = "{case.text.tooLong}") String agency,
        @NotNull(message = "{case.source.required}") CaseSource source,
        Set<Vulnerability> vulnerabilities,
        @NotNull(message = "{case.risk.required}") RiskLevel riskLevel,
        @Schema(description = "Defaults to the caller's first office") Long owningOfficeId,
        Long assignedWorkerId,
        @Schema(description = "Types restricted by default (trafficking) are restricted whatever this says; "
                + "left out on PUT, the case keeps its restriction")
        Boolean restricted,
        @Valid List<PersonOnCase> persons) {

    /** A person from the registry and their role in the case. */
    record PersonOnCase(@NotNull(message = "{case.person.required}") Long personId, PersonRole role) {
    }
}
