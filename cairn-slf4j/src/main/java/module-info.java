/**
 * Cairn's SLF4J 2 provider: with this module present, SLF4J's {@code LoggerFactory} finds it and every SLF4J call is
 * written by Cairn.
 */
module dev.cairn.slf4j {
    requires dev.cairn;
    requires transitive org.slf4j;

    exports dev.cairn.slf4j;

    provides org.slf4j.spi.SLF4JServiceProvider with
            dev.cairn.slf4j.CairnServiceProvider;
}
