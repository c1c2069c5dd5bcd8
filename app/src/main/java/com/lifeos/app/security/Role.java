package com.lifeos.app.security;

/** What an account may do. ADMIN implies every other role. */
public enum Role {
    USER, AUDITOR, ANALYST, ADMIN
}
