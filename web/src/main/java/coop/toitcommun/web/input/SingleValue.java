package coop.toitcommun.web.input;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;

/**
 * A field that takes one value, sent several times ({@code repeat=WEEKLY&repeat=MONTHLY}), cannot be read:
 * Spring would otherwise join the values with commas for a text, or keep the first one for anything else.
 * Fields that take several values (lists, sets, arrays) are left to Spring.
 */
final class SingleValue implements ConditionalGenericConverter {

    private final ConversionService conversions;

    SingleValue(ConversionService conversions) {
        this.conversions = conversions;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String[].class, Object.class));
    }

    @Override
    public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
        Class<?> target = targetType.getType();
        return !target.isArray() && !Collection.class.isAssignableFrom(target) && !Map.class.isAssignableFrom(target)
            && target != Object.class;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        String[] values = (String[]) source;
        if (values.length > 1) {
            throw new SentTwiceException(values.length);
        }
        return values.length == 0 ? null
            : conversions.convert(values[0], TypeDescriptor.valueOf(String.class), targetType);
    }

    /** Why a value could not be read: its field was sent more than once. */
    static final class SentTwiceException extends IllegalArgumentException {

        SentTwiceException(int times) {
            super("A single-valued field was sent " + times + " times");
        }
    }
}
