package io.wirestream.serde;

import org.apache.avro.Conversions;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;

/** The data models used for generic records. */
final class AvroModels {

    /**
     * Generic data that writes both raw values and {@code java.time} / {@code BigDecimal} / UUID
     * values for logical types (a conversion only applies to values of its class), and reads raw.
     */
    static final GenericData GENERIC_WRITE = generic();

    private AvroModels() {}

    private static GenericData generic() {
        GenericData data = new GenericData();
        data.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        data.addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
        data.addLogicalTypeConversion(new TimeConversions.DateConversion());
        data.addLogicalTypeConversion(new TimeConversions.TimeMillisConversion());
        data.addLogicalTypeConversion(new TimeConversions.TimeMicrosConversion());
        data.addLogicalTypeConversion(new Conversions.UUIDConversion());
        data.addLogicalTypeConversion(new Conversions.DecimalConversion());
        return data;
    }
}
