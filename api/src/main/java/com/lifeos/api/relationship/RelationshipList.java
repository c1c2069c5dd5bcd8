package com.lifeos.api.relationship;

import java.util.List;

public record RelationshipList(List<RelationshipView> items) {
}
