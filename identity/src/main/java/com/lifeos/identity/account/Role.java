package com.lifeos.identity.account;

/** What an account may do. ADMIN implies every other role. */
public enum Role {
    USER, AUDITOR, ANALYST, ADMIN
}
