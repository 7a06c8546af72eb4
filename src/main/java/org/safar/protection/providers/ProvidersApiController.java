package org.safar.protection.providers;

import org.safar.protection.cases.ServiceType;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The service providers registry over the API: search, read, add and correct. */
@RestController
@Tag(name = "Service providers")
class ProvidersApiController {

    private final ServiceProviders providers;

    ProvidersApiController(ServiceProviders providers) {
        this.providers = providers;
    }

    @GetMapping("/api/v1/providers")
    @Operation(summary = "Search the providers", description = "By name or city, ISO country code, kind and "
            + "service type; every parameter optional.")
    List<ServiceProvider> search(@RequestParam(required = false) String text,
            @RequestParam(required = false) String country, @RequestParam(required = false) ProviderKind kind,
            @RequestParam(required = false) ServiceType service) {
        return providers.search(new ServiceProviders.Query(text, country, kind, service, false));
    }

    @GetMapping("/api/v1/providers/{id}")
    @Operation(summary = "One provider")
    @ApiResponse(responseCode = "200", description = "The provider")
    @ApiResponse(responseCode = "404", description = "No such provider",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ServiceProvider provider(@PathVariable long id) {
        return providers.require(id);
    }

    @PostMapping("/api/v1/providers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a provider", description = "Supervisors and administrators; audited.")
    @ApiResponse(responseCode = "201", description = "The provider as recorded")
    @ApiResponse(responseCode = "400", description = "Invalid fields, listed in 'errors' as {field, message}",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ServiceProvider create(@Valid @RequestBody ProviderForm form) {
        checkCountry(form);
        return providers.require(providers.create(form.details()));
    }

    @PutMapping("/api/v1/providers/{id}")
    @Operation(summary = "Correct a provider", description = "Replaces every field; audited.")
    @ApiResponse(responseCode = "200", description = "The provider as now recorded")
    @ApiResponse(responseCode = "400", description = "Invalid fields, listed in 'errors' as {field, message}",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such provider",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ServiceProvider update(@PathVariable long id, @Valid @RequestBody ProviderForm form) {
        providers.require(id);
        checkCountry(form);
        providers.update(id, form.details());
        return providers.require(id);
    }

    private static void checkCountry(ProviderForm form) {
        if (!form.knownCountry()) {
            throw new org.safar.platform.DomainException(400, "provider.country.invalid");
        }
    }
}
