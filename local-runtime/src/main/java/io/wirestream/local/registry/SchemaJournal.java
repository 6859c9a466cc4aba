package io.wirestream.local.registry;

/** Where an {@link InMemorySchemaStore} makes its mutations durable before applying them. */
interface SchemaJournal extends AutoCloseable {

    /** A journal that keeps nothing: the store lives in memory only. */
    SchemaJournal NONE = new SchemaJournal() {
        @Override
        public void append(StoreRecord record) {}

        @Override
        public void close() {}
    };

    /**
     * Writes {@code record} and returns once it is durable.
     *
     * @throws io.wirestream.registry.SchemaRegistryException 50001 when it could not be written
     */
    void append(StoreRecord record);

    @Override
    void close();
}
