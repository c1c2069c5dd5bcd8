package com.lifeos.api.project;

import java.util.List;

public record ProjectPage(List<ProjectView> items, long totalItems) {
}
