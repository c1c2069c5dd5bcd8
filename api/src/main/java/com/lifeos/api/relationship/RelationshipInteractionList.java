package com.lifeos.api.relationship;

import java.util.List;

public record RelationshipInteractionList(List<RelationshipInteractionView> items) {
}
