/**
 * The account's facts as the event log knows them. Personal data (email, names, avatar) and secrets
 * (password hashes, refresh and reset tokens) never appear here: they live in ordinary tables of the
 * app, so the log stays free of anything that would have to be erased.
 */
package com.lifeos.api.account;
