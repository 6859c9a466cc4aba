package io.wirestream.eval.langid;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Locale;

/**
 * Lingua 1.2.2 in high-accuracy mode with all 75 languages preloaded: the reference detector. Reached by
 * reflection because its classes carry Kotlin annotations that javac cannot resolve while kotlin-stdlib is
 * only a runtime dependency (and -Werror turns that warning into a failure).
 */
final class LinguaReference {

    private final Object detector;
    private final MethodHandle detect;
    private final MethodHandle iso;

    private LinguaReference(Object detector, MethodHandle detect, MethodHandle iso) {
        this.detector = detector;
        this.detect = detect;
        this.iso = iso;
    }

    /** Builds Lingua with every language model preloaded (several seconds and over a gigabyte of heap). */
    static LinguaReference loadAllLanguages() throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        Class<?> builderClass = Class.forName("com.github.pemistahl.lingua.api.LanguageDetectorBuilder");
        Class<?> detectorClass = Class.forName("com.github.pemistahl.lingua.api.LanguageDetector");
        Class<?> languageClass = Class.forName("com.github.pemistahl.lingua.api.Language");
        Class<?> isoClass = Class.forName("com.github.pemistahl.lingua.api.IsoCode639_1");
        Object builder = builderClass.getMethod("fromAllLanguages").invoke(null);
        builder = builderClass.getMethod("withPreloadedLanguageModels").invoke(builder);
        Object detector = builderClass.getMethod("build").invoke(builder);
        MethodHandle detect = lookup.findVirtual(
                detectorClass, "detectLanguageOf", MethodType.methodType(languageClass, String.class));
        MethodHandle iso = lookup.findVirtual(languageClass, "getIsoCode639_1", MethodType.methodType(isoClass));
        return new LinguaReference(detector, detect, iso);
    }

    /** ISO 639-1 code, or {@code und} when Lingua cannot decide. */
    String detect(String text) {
        try {
            Object language = detect.invoke(detector, text);
            String code = ((Enum<?>) iso.invoke(language)).name().toLowerCase(Locale.ROOT);
            return code.equals("none") ? "und" : code;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("Lingua failed", t);
        }
    }
}
