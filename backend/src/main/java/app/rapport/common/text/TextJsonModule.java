package app.rapport.common.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * The one door every JSON string of every request body passes: control characters (NUL
 * first of all) are refused here, whatever the field and whether or not its record declares
 * anything, so none can reach the database. Tab, line feed and carriage return pass; a
 * single-line field refuses them with {@link SingleLine}.
 */
@Singleton
public class TextJsonModule implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("rapport-text").addDeserializer(String.class, new CheckedStrings()));
    }

    /** Jackson's own string reading, then the check. */
    static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            TextRules.Fault fault = TextRules.anyText(value, true);
            if (fault != null) {
                throw new UnsafeTextException(p, fault);
            }
            return value;
        }
    }
}
