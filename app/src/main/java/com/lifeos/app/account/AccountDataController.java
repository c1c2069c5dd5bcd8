package com.lifeos.app.account;

import com.lifeos.app.security.Actor;
import com.lifeos.identity.account.AccountErasure;
import com.lifeos.identity.account.AccountExport;
import com.lifeos.store.eventstore.ProjectionWatermark;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A person's data rights, {@code /api/account}: take everything with them, or have it erased. */
@RestController
@RequestMapping("/api/account")
class AccountDataController {

    private final AccountExport export;
    private final AccountErasure erasure;
    private final ProjectionWatermark watermark;

    AccountDataController(AccountExport export, AccountErasure erasure, ProjectionWatermark watermark) {
        this.export = export;
        this.erasure = erasure;
        this.watermark = watermark;
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(Actor actor) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("lifeos-export.json").build().toString())
                .body(out -> export.write(actor.userId(), out));
    }

    /** Erases the account once its password is confirmed; answers when the read models have forgotten it. */
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void erase(Actor actor, @Valid @RequestBody EraseAccountRequest request) {
        watermark.writeThenAwait(() -> {
            erasure.erase(actor.userId(), request.password());
            return null;
        });
    }
}
