package com.lifeos.api.shared;

/** The width of one point of a trend: a local day, a week beginning on the user's week start, or a month. */
public enum Bucket {
    DAY,
    WEEK,
    MONTH
}
