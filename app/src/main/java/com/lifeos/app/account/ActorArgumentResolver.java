package com.lifeos.app.account;

import java.util.UUID;

import com.lifeos.app.security.AccessTokens;
import com.lifeos.app.security.Actor;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;

/**
 * Lets any controller method declare an {@link Actor} parameter: the user id and roles from the
 * validated access token, the zone and week start from the account as it is now. It lives with the
 * accounts rather than in the security package because the account table is what it reads.
 */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    private final AccountDirectory directory;

    ActorArgumentResolver(AccountDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                 NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "This request needs an access token.");
        }
        UUID userId = AccessTokens.userIdOf(token.getToken()).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.UNAUTHORIZED, "The access token names no LifeOS user."));
        return directory.actor(userId, AccessTokens.rolesOf(token.getToken())).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.UNAUTHORIZED, "The account of this access token no longer exists."));
    }
}
