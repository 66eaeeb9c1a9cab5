/** The {@code java.util.logging} bridge: {@link dev.cairn.jul.CairnHandler} routes JUL records into Cairn. */
package dev.cairn.jul;
