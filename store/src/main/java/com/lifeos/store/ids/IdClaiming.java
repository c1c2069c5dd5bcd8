package com.lifeos.store.ids;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Checks every creating command's id before it is handled, whoever sent it (a controller, the import, the demo
 * seeder). Axon's Spring Boot auto-configuration puts this bean on the command bus as a handler interceptor, so it
 * runs inside the command's unit of work, after its transaction has begun: the claim commits with the command's
 * events or, when the command fails, rolls back with them, so no claim outlives a failed create and blocks its
 * owner's retry. An id someone else holds stops the command before the aggregate sees it.
 */
@Component
class IdClaiming implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final EntityOwners owners;

    IdClaiming(EntityOwners owners) {
        this.owners = owners;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        ClaimedIds.ofCommand(unitOfWork.getMessage().getPayload()).ifPresent(owners::claim);
        return chain.proceed();
    }
}
