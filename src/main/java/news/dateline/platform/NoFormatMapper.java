package news.dateline.platform;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * Hibernate's JSON and XML format mapper for Dateline, which maps no entity attribute to a JSON or XML
 * column (JSON is read and written as text, with Jakarta JSON Processing). Named in persistence.xml so
 * that Hibernate does not pick Jackson, which the server offers: Jackson with the modules Hibernate
 * registers is about 500 classes, held in memory by every server for as long as it runs, for nothing.
 * An attribute mapped to JSON or XML would fail loudly here rather than be stored in some format.
 */
public final class NoFormatMapper implements FormatMapper {

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> javaType, WrapperOptions options) {
        throw unmapped(javaType);
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions options) {
        throw unmapped(javaType);
    }

    private static UnsupportedOperationException unmapped(JavaType<?> javaType) {
        return new UnsupportedOperationException("No entity attribute is mapped to a JSON or XML column ("
                + javaType.getJavaTypeClass().getName() + "); read and write JSON as text instead");
    }
}
