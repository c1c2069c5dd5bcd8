package com.lifeos.app.web;

import com.lifeos.shared.error.NotFound;

import java.util.Arrays;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The problem types, dereferenceable: {@code GET /problems/<slug>} describes the type a problem names. Public. */
@RestController
class ProblemTypesController {

    @GetMapping(ProblemType.PATH)
    List<Description> all() {
        return Arrays.stream(ProblemType.values()).map(Description::of).toList();
    }

    @GetMapping(ProblemType.PATH + "/{slug}")
    Description one(@PathVariable String slug) {
        return ProblemType.bySlug(slug).map(Description::of).orElseThrow(NotFound::new);
    }

    /** A problem type as its URI describes it; {@code status} is null for a type used with several statuses. */
    record Description(String type, String title, Integer status, String description) {

        static Description of(ProblemType type) {
            return new Description(type.uri().toString(), type.title(),
                    type.status() == null ? null : type.status().value(), type.description());
        }
    }
}
