package com.lifeos.app.account;

import com.lifeos.app.security.AccountAuthentication;
import com.lifeos.app.security.Actor;
import com.lifeos.shared.error.Unauthenticated;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets any controller method declare an {@link Actor} parameter: the user id from the validated access token, the
 * roles, zone and week start from the account as it was read for this very request when the token was checked
 * (security.AccountAuthentications), so no second read is needed.
 */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                 NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof AccountAuthentication account)) {
            throw new Unauthenticated("This request needs an access token.");
        }
        return account.actor();
    }
}
