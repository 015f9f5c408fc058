package org.supplierportal.businessevents;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue of business events as an AsyncAPI 3 document, public like the API's OpenAPI description. Not an
 * operation of the REST API, so left out of that description.
 */
@Hidden
@RestController
class AsyncApiDocument {

    static final String PATH = "/asyncapi.yaml";
    private static final Resource DOCUMENT = new ClassPathResource("businessevents/asyncapi.yaml");

    @GetMapping(PATH)
    ResponseEntity<Resource> asyncApi() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml")).body(DOCUMENT);
    }
}
