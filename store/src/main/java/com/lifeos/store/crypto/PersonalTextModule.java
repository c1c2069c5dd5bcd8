package com.lifeos.store.crypto;

import java.io.IOException;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.lifeos.api.shared.Owned;
import com.lifeos.api.shared.PersonalText;

/**
 * Seals at the serializer: a String (or each String of a collection) marked {@link PersonalText} is written as
 * text sealed for the owner of the event or aggregate being written, and read back opened — so commands,
 * aggregates and projections keep plain Strings and the stored JSON holds none of them. The owner is the
 * {@link Owned#userId()} of the nearest enclosing object being written; the sealed form names it, so reading needs
 * no context. A destroyed key reads as {@link PrivateText#ERASED}; a String stored in clear before sealing
 * existed reads as itself.
 */
final class PersonalTextModule extends SimpleModule {

    private final transient Supplier<PrivateText> privateText;

    PersonalTextModule(Supplier<PrivateText> privateText) {
        super("lifeos-personal-text");
        this.privateText = privateText;
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.insertAnnotationIntrospector(new Introspector(new Sealing(privateText), new Opening(privateText)));
    }

    /** Finds the marked members: their own serializer for a String, their content's for a collection. */
    private static final class Introspector extends NopAnnotationIntrospector {

        private final Sealing sealing;
        private final Opening opening;

        Introspector(Sealing sealing, Opening opening) {
            this.sealing = sealing;
            this.opening = opening;
        }

        @Override
        public Object findSerializer(Annotated member) {
            return marked(member) && valueType(member) == String.class ? sealing : null;
        }

        @Override
        public Object findContentSerializer(Annotated member) {
            return marked(member) && Collection.class.isAssignableFrom(valueType(member)) ? sealing : null;
        }

        @Override
        public Object findDeserializer(Annotated member) {
            return marked(member) && valueType(member) == String.class ? opening : null;
        }

        @Override
        public Object findContentDeserializer(Annotated member) {
            return marked(member) && Collection.class.isAssignableFrom(valueType(member)) ? opening : null;
        }

        private static boolean marked(Annotated member) {
            return member != null && member.hasAnnotation(PersonalText.class);
        }

        /** A setter's parameter type, otherwise the member's own (a field, an accessor, a creator parameter). */
        private static Class<?> valueType(Annotated member) {
            if (member instanceof AnnotatedMethod method && method.getParameterCount() == 1) {
                return method.getRawParameterType(0);
            }
            return member.getRawType();
        }
    }

    private static final class Sealing extends StdScalarSerializer<String> {

        private final transient Supplier<PrivateText> privateText;

        Sealing(Supplier<PrivateText> privateText) {
            super(String.class);
            this.privateText = privateText;
        }

        @Override
        public void serialize(String value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            UUID owner = ownerOf(generator.getOutputContext());
            if (owner == null) {
                throw JsonMappingException.from(generator, "Personal text must be written inside an object with a "
                        + "userId to seal it for; found none around " + generator.getOutputContext().getCurrentName());
            }
            generator.writeString(privateText.get().sealNamingOwner(owner, value));
        }

        private static UUID ownerOf(JsonStreamContext context) {
            for (JsonStreamContext at = context; at != null; at = at.getParent()) {
                if (at.getCurrentValue() instanceof Owned owned && owned.userId() != null) {
                    return owned.userId();
                }
            }
            return null;
        }
    }

    private static final class Opening extends StdScalarDeserializer<String> {

        private final transient Supplier<PrivateText> privateText;

        Opening(Supplier<PrivateText> privateText) {
            super(String.class);
            this.privateText = privateText;
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return privateText.get().openNamingOwner(StringDeserializer.instance.deserialize(parser, context));
        }
    }
}
