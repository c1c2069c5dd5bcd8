package com.lifeos.api.goal;

/** Orders a goal list: newest first, soonest target first (goals without one last), or highest priority first. */
public enum GoalSort {
    CREATED_AT, TARGET_DATE, PRIORITY
}
