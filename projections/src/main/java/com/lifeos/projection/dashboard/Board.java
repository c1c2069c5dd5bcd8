package com.lifeos.projection.dashboard;

/**
 * One area's events on the dashboard: each handler writes the area's subjects and facts through the one
 * {@link DashboardRows}, then tells the event in the {@link ActivityFeed}, so a line can name what the rows know.
 * Each board names the dashboard's processing group itself.
 */
abstract class Board {

    final DashboardRows rows;
    final ActivityFeed feed;

    Board(DashboardRows rows, ActivityFeed feed) {
        this.rows = rows;
        this.feed = feed;
    }
}
