package com.lifeos.insight;

import java.io.InterruptedIOException;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonSchemaLocalValidation;
import com.openai.core.JsonValue;
import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.RateLimitException;
import com.openai.models.ResponseFormatJsonSchema;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessage;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The OpenAI chat completions API through the official SDK, at the configured base URL (any OpenAI-compatible
 * server). The SDK's own retries are off: a timeout or a 429 goes straight to the rules instead of keeping the
 * person waiting, and the one retry of an invalid answer is {@link Advisor}'s. Without a key there is no client.
 */
@Component
class ModelClient implements DisposableBean {

    private final ModelProperties properties;
    private final OpenAIClient client;

    ModelClient(ModelProperties properties) {
        this.properties = properties;
        this.client = properties.callsModel() ? OpenAIOkHttpClient.builder()
                .apiKey(properties.apiKey())
                .baseUrl(properties.baseUrl())
                .timeout(properties.timeout())
                .maxRetries(0)
                .build() : null;
    }

    boolean available() {
        return client != null;
    }

    String model() {
        return properties.model();
    }

    /** One chat completion with a strict JSON-schema answer; its text, or why there is none. */
    String complete(AnswerFormat<?> format, String instructions, String context) throws ModelUnavailable {
        if (client == null) {
            throw new IllegalStateException("no model is configured");
        }
        ChatCompletionCreateParams params = request(format, properties.model(), properties.maxTokens(), instructions,
                context);
        ChatCompletion completion;
        try {
            completion = client.chat().completions().create(params);
        } catch (RateLimitException limited) {
            throw new ModelUnavailable(ModelUnavailable.RATE_LIMITED, "the model server answered 429", limited);
        } catch (OpenAIIoException io) {
            throw new ModelUnavailable(timedOut(io) ? ModelUnavailable.TIMEOUT : ModelUnavailable.UNAVAILABLE,
                    "the model server could not be reached in time: " + io.getMessage(), io);
        } catch (OpenAIException failed) {
            throw new ModelUnavailable(ModelUnavailable.UNAVAILABLE, "the model server failed: " + failed.getMessage(),
                    failed);
        }
        if (completion.choices().isEmpty()) {
            throw new ModelUnavailable(ModelUnavailable.UNAVAILABLE, "the model gave no choice", null);
        }
        ChatCompletionMessage message = completion.choices().getFirst().message();
        if (message.refusal().isPresent()) {
            throw new ModelUnavailable(ModelUnavailable.REFUSED, "the model refused", null);
        }
        return message.content().orElse("");
    }

    /**
     * The request: the strict schema the SDK derives from the format's record (checked locally against what
     * structured outputs support), under the format's name, with its closed sets of values added.
     */
    static ChatCompletionCreateParams request(AnswerFormat<?> format, String model, long maxTokens,
                                              String instructions, String context) {
        ChatCompletionCreateParams derived = ChatCompletionCreateParams.builder()
                .model(model)
                .maxCompletionTokens(maxTokens)
                .addSystemMessage(instructions)
                .addUserMessage(context)
                .responseFormat(format.shape(), JsonSchemaLocalValidation.YES)
                .build()
                .rawParams();
        ResponseFormatJsonSchema.JsonSchema schema = derived.responseFormat().orElseThrow().asJsonSchema().jsonSchema();
        Object withChoices = format.withChoices(schema._schema().asUnknown().orElseThrow().convert(Object.class));
        return derived.toBuilder()
                .responseFormat(ResponseFormatJsonSchema.builder()
                        .jsonSchema(schema.toBuilder().name(format.name()).schema(JsonValue.from(withChoices)).build())
                        .build())
                .build();
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedIOException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void destroy() {
        if (client != null) {
            client.close();
        }
    }
}
