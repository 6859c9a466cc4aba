package io.wirestream.enrichment.entity;

/** Coarse entity classes, as in CoNLL: persons, organizations, locations, everything else named. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC
}
