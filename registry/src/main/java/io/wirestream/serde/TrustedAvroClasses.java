package io.wirestream.serde;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificFixed;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 refuses to instantiate classes it was not told to trust (CVE-2024-47561 hardening), and
 * by default trusts none of the application's generated classes. The serdes trust exactly the
 * generated types (records, enums, fixed) named by a schema they were asked to read as specific
 * data: a generated {@link SpecificRecord} class the application put on its classpath, never an
 * arbitrary class named by a writer schema.
 *
 * <p>Installs, once, a predicate OR-ed with the validator that was global at that time; an
 * application that later replaces the global validator must trust its generated classes itself.
 */
final class TrustedAvroClasses {

    private static final Set<Class<?>> TRUSTED = ConcurrentHashMap.newKeySet();
    private static boolean installed;

    private TrustedAvroClasses() {}

    /** Trusts the generated classes of every named type in {@code schema}. */
    static void trustGeneratedTypesOf(Schema schema, ClassLoader loader) {
        install();
        collect(schema, loader, new HashSet<>());
    }

    private static synchronized void install() {
        if (!installed) {
            ClassSecurityValidator.setGlobal(
                    ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), TRUSTED::contains));
            installed = true;
        }
    }

    private static void collect(Schema schema, ClassLoader loader, Set<String> seen) {
        switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> {
                if (!seen.add(schema.getFullName())) {
                    return;
                }
                Class<?> generated = generatedClass(schema, loader);
                if (generated != null) {
                    TRUSTED.add(generated);
                }
                if (schema.getType() == Schema.Type.RECORD) {
                    schema.getFields().forEach(f -> collect(f.schema(), loader, seen));
                }
            }
            case UNION -> schema.getTypes().forEach(t -> collect(t, loader, seen));
            case ARRAY -> collect(schema.getElementType(), loader, seen);
            case MAP -> collect(schema.getValueType(), loader, seen);
            default -> {
                // primitives name no class
            }
        }
    }

    private static Class<?> generatedClass(Schema schema, ClassLoader loader) {
        try {
            Class<?> candidate = Class.forName(SpecificData.getClassName(schema), false, loader);
            boolean generated = SpecificRecord.class.isAssignableFrom(candidate)
                    || SpecificFixed.class.isAssignableFrom(candidate)
                    || candidate.isEnum()
                            && candidate.isAnnotationPresent(org.apache.avro.specific.AvroGenerated.class);
            return generated ? candidate : null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
