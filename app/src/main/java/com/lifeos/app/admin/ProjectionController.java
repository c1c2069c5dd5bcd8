package com.lifeos.app.admin;

import java.util.List;

import com.lifeos.app.admin.DeadLetters.DeadLetterView;
import com.lifeos.app.admin.DeadLetters.RetryOutcome;
import com.lifeos.app.security.Actor;
import com.lifeos.identity.account.Role;
import com.lifeos.shared.error.NotFound;
import com.lifeos.app.web.PageResponse;
import com.lifeos.app.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * For analysts and operators: where each read model stands, rebuilding one from the event log, and the events a
 * group has parked in its dead-letter queue (listed without their content, retried or evicted).
 */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionController {

    private final Projections projections;
    private final DeadLetters deadLetters;

    ProjectionController(Projections projections, DeadLetters deadLetters) {
        this.projections = projections;
        this.deadLetters = deadLetters;
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
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<ProjectionStatus> replay(Actor actor, @PathVariable String name) {
        requireAnalyst(actor);
        if (!projections.replay(name)) {
            throw new NotFound();
        }
        return ResponseEntity.accepted()
                .location(java.net.URI.create("/api/admin/projections/" + name))
                .body(projections.one(name).orElseThrow(NotFound::new));
    }

    @GetMapping("/{name}/dead-letters")
    PageResponse<DeadLetterView> deadLetters(Actor actor, @PathVariable String name,
                                             @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        requireAnalyst(actor);
        var request = Paging.of(page, size);
        requireGroup(name);
        return deadLetters.list(name, request).orElseThrow(NotFound::new);
    }

    @PostMapping("/{name}/dead-letters/{eventId}/retry")
    RetryOutcome retry(Actor actor, @PathVariable String name, @PathVariable String eventId) {
        requireAnalyst(actor);
        requireGroup(name);
        return deadLetters.retry(name, eventId).orElseThrow(NotFound::new);
    }

    @PostMapping("/{name}/dead-letters/{eventId}/evict")
    ResponseEntity<Void> evict(Actor actor, @PathVariable String name, @PathVariable String eventId) {
        requireAnalyst(actor);
        requireGroup(name);
        if (!deadLetters.evict(name, eventId)) {
            throw new NotFound();
        }
        return ResponseEntity.noContent().build();
    }

    private void requireGroup(String name) {
        if (!projections.exists(name)) {
            throw new NotFound();
        }
    }

    private static void requireAnalyst(Actor actor) {
        if (!actor.has(Role.ANALYST)) {
            throw new AccessDeniedException("analysts only");
        }
    }
}
