package io.wirestream.view;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Read access to the view's state stores by name: interactive queries on a running {@link KafkaStreams}
 * in the app, the test driver's stores in tests. Stores of the running app may throw
 * {@link org.apache.kafka.streams.errors.InvalidStateStoreException} while it starts or rebalances.
 */
public interface ViewStores {

    /** A key-value store. */
    <V> ReadOnlyKeyValueStore<String, V> keyValue(String name);

    /** A key-value store whose values carry their record timestamp. */
    <V> ReadOnlyKeyValueStore<String, ValueAndTimestamp<V>> timestampedKeyValue(String name);

    /** A window store. */
    <V> ReadOnlyWindowStore<String, V> window(String name);

    /**
     * The stores of all partitions this instance hosts (with one instance: all of them), readable while
     * they restore ({@code enableStaleStores}): a view would rather show slightly old counts than none.
     */
    static ViewStores of(KafkaStreams streams) {
        return new ViewStores() {
            @Override
            public <V> ReadOnlyKeyValueStore<String, V> keyValue(String name) {
                return streams.store(
                        StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore())
                                .enableStaleStores());
            }

            @Override
            public <V> ReadOnlyKeyValueStore<String, ValueAndTimestamp<V>> timestampedKeyValue(String name) {
                return streams.store(StoreQueryParameters.fromNameAndType(
                                name, QueryableStoreTypes.<String, V>timestampedKeyValueStore())
                        .enableStaleStores());
            }

            @Override
            public <V> ReadOnlyWindowStore<String, V> window(String name) {
                return streams.store(
                        StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>windowStore())
                                .enableStaleStores());
            }
        };
    }
}
