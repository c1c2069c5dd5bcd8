package com.lifeos.app.admin;

import java.util.List;

import com.lifeos.app.security.Actor;
import com.lifeos.app.security.Role;
import com.lifeos.app.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For analysts and operators: where each read model stands, and rebuilding one from the event log. */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionController {

    private final Projections projections;

    ProjectionController(Projections projections) {
        this.projections = projections;
    }

    record ProjectionList(List<ProjectionStatus> items) {
    }

    @GetMapping
    ProjectionList list(Actor actor) {
        requireAnalyst(actor);
        return new ProjectionList(projections.all());
    }

    @GetMapping("/{name}")
    ProjectionStatus one(Actor actor, @PathVariable String name) {
        requireAnalyst(actor);
        return projections.one(name).orElseThrow(NotFound::new);
    }

    @PostMapping("/{name}/replay")
    ResponseEntity<ProjectionStatus> replay(Actor actor, @PathVariable String name) {
        requireAnalyst(actor);
        if (!projections.replay(name)) {
            throw new NotFound();
        }
        return ResponseEntity.accepted()
                .location(java.net.URI.create("/api/admin/projections/" + name))
                .body(projections.one(name).orElseThrow(NotFound::new));
    }

    private static void requireAnalyst(Actor actor) {
        if (!actor.has(Role.ANALYST)) {
            throw new AccessDeniedException("analysts only");
        }
    }
}
