package io.wirestream.cli;

import io.wirestream.producer.Rejection;

/** How commands report to people (standard error; standard output is for data). */
final class Reports {

    private Reports() {}

    static void printRejection(Rejection rejection) {
        System.err.println("rejected " + rejection.origin() + ":" + rejection.line()
                + (rejection.id() == null ? "" : " (id " + rejection.id() + ")") + ": " + rejection.reason() + " "
                + rejection.message());
    }
}
