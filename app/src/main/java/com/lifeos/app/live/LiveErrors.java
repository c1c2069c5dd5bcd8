package com.lifeos.app.live;

import java.util.stream.Collectors;

import com.lifeos.app.web.JsonNames;
import com.lifeos.app.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.support.MethodArgumentNotValidException;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * A message sent over the socket that cannot be carried out answers on the sender's own {@code /user/queue/errors}
 * (that session only) with the status and detail the same request would get over REST.
 */
@ControllerAdvice
class LiveErrors {

    static final String ERRORS = "/queue/errors";
    private static final Logger log = LoggerFactory.getLogger(LiveErrors.class);

    @MessageExceptionHandler(MethodArgumentNotValidException.class)
    @SendToUser(destinations = ERRORS, broadcast = false)
    LiveError invalid(MethodArgumentNotValidException ex,
                      @Header(name = StompGate.REQUEST_ID_HEADER, required = false) String requestId) {
        String fields = ex.getBindingResult() == null ? "the message" : ex.getBindingResult().getFieldErrors().stream()
                .map(error -> JsonNames.snakeCase(error.getField()) + " " + error.getDefaultMessage())
                .collect(Collectors.joining("; "));
        return LiveError.of(requestId, HttpStatus.BAD_REQUEST.value(), "The message has invalid fields: " + fields);
    }

    @MessageExceptionHandler(MessageConversionException.class)
    @SendToUser(destinations = ERRORS, broadcast = false)
    LiveError unreadable(MessageConversionException ex,
                         @Header(name = StompGate.REQUEST_ID_HEADER, required = false) String requestId) {
        return LiveError.of(requestId, HttpStatus.BAD_REQUEST.value(), "The message is not valid JSON of the right shape.");
    }

    @MessageExceptionHandler(Exception.class)
    @SendToUser(destinations = ERRORS, broadcast = false)
    LiveError failed(Exception ex, @Header(name = StompGate.REQUEST_ID_HEADER, required = false) String requestId) {
        ProblemDetail problem = Problems.describe(ex);
        if (problem == null) {
            log.error("Unexpected failure of a live message", ex);
            return LiveError.of(requestId, HttpStatus.INTERNAL_SERVER_ERROR.value(), "Something went wrong on our side.");
        }
        return LiveError.of(requestId, problem.getStatus(), problem.getDetail());
    }
}
