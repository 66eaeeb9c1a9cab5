/**
 * JUnit 5 log assertions for Cairn: an extension that captures the records of chosen loggers during one test, and
 * AssertJ assertions on them.
 */
module dev.cairn.test {
    requires transitive dev.cairn;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;

    exports dev.cairn.test;
}
