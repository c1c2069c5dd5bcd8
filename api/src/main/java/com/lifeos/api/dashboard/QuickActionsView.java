package com.lifeos.api.dashboard;

import java.util.List;
import java.util.UUID;

import com.lifeos.api.shared.SealedText;

/**
 * Useful next actions, most useful first, each with the REST call that performs it ({@code method}, {@code path}
 * and an example {@code body}). A title naming private text uses {@code {subject}} and the sealed {@code subject}.
 */
public record QuickActionsView(List<Action> items) {

    public record Action(int rank, String kind, String title, String method, String path, String body,
                         UUID entityId, SealedText subject) {
    }
}
