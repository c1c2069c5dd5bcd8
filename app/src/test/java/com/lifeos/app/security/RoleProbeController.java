package com.lifeos.app.security;

import java.util.Map;

import com.lifeos.identity.account.Role;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A test-only endpoint that needs the AUDITOR role, standing for any role-restricted endpoint. It lives
 * in the test sources, so it exists only in the test application (component scanning finds it there), and stays
 * out of the published API document.
 */
@Hidden
@RestController
class RoleProbeController {

    static final String PATH = "/api/test/auditors-only";

    @GetMapping(PATH)
    @PreAuthorize("hasRole('AUDITOR')")
    Map<String, Object> read(Actor actor) {
        return Map.of("user_id", actor.userId(), "auditor", actor.has(Role.AUDITOR));
    }
}
