package org.safar.platform.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI document at {@code /api/docs/openapi.json}: every call needs a personal access token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI safarOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Safar API").version("v1")
                        .description("REST API of Safar. Authenticate with a personal access token "
                                + "(Account → API tokens) as 'Authorization: Bearer safar_…'. Errors are RFC 9457 "
                                + "problem details; send Accept-Language (uz, uz-Cyrl, ru, en) for translated texts.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
