package com.lifeos.projection.dashboard;

/** The life areas the dashboard scores, named as its answers name them. */
public final class Areas {

    /** The processing group that keeps every dashboard table, so it is replayed as one. */
    public static final String GROUP = "dashboard";

    public static final String HABITS = "habits";
    public static final String GOALS = "goals";
    public static final String PROJECTS = "projects";
    public static final String HEALTH = "health";
    public static final String FINANCE = "finance";
    public static final String LEARNING = "learning";
    public static final String RELATIONSHIPS = "relationships";
    public static final String TIME = "time";
    public static final String JOURNAL = "journal";
    public static final String ACCOUNT = "account";

    private Areas() {
    }
}
