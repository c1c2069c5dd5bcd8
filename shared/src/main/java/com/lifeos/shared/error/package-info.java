/**
 * The errors any module may raise on purpose, each meaning one HTTP status. The edge maps them to problem+json in one
 * place ({@code com.lifeos.app.web.ProblemAdvice}); nothing below the edge speaks HTTP.
 */
package com.lifeos.shared.error;
