package com.lifeos.app.live;

import com.lifeos.app.security.AccountAuthentication;
import com.lifeos.app.security.Actor;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.stereotype.Component;

/**
 * Lets a {@code @MessageMapping} method declare an {@link Actor}, as a controller method does over HTTP: the account
 * as {@link StompGate} read it for this very message.
 */
@Component
class LiveActors implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, Message<?> message) {
        if (!(SimpMessageHeaderAccessor.getUser(message.getHeaders()) instanceof AccountAuthentication account)) {
            throw new MessageDeliveryException("This session is not authenticated.");
        }
        return account.actor();
    }
}
