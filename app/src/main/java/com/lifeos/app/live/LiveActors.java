package com.lifeos.app.live;

import com.lifeos.app.account.AccountDirectory;
import com.lifeos.app.security.AccessTokens;
import com.lifeos.app.security.Actor;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/** Lets a {@code @MessageMapping} method declare an {@link Actor}, as a controller method does over HTTP. */
@Component
class LiveActors implements HandlerMethodArgumentResolver {

    private final AccountDirectory accounts;

    LiveActors(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, Message<?> message) {
        if (!(SimpMessageHeaderAccessor.getUser(message.getHeaders()) instanceof JwtAuthenticationToken token)) {
            throw new MessageDeliveryException("This session is not authenticated.");
        }
        return AccessTokens.userIdOf(token.getToken())
                .flatMap(userId -> accounts.actor(userId, AccessTokens.rolesOf(token.getToken())))
                .orElseThrow(() -> new MessageDeliveryException("The account of this session no longer exists."));
    }
}
