package com.lifeos.app.ids;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Checks every creating command's id before it is handled, whoever sent it (a controller, the import, the demo
 * seeder). It runs inside the command's unit of work, after its transaction has begun: the claim commits with
 * the command's events or, when the command fails, rolls back with them, so no claim outlives a failed create
 * and blocks its owner's retry. An id someone else holds stops the command before the aggregate sees it.
 */
@Component
class IdClaiming implements MessageHandlerInterceptor<CommandMessage<?>>, SmartInitializingSingleton {

    private final CommandBus commandBus;
    private final EntityOwners owners;

    IdClaiming(CommandBus commandBus, EntityOwners owners) {
        this.commandBus = commandBus;
        this.owners = owners;
    }

    @Override
    public void afterSingletonsInstantiated() {
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        ClaimedIds.ofCommand(unitOfWork.getMessage().getPayload()).ifPresent(owners::claim);
        return chain.proceed();
    }
}
