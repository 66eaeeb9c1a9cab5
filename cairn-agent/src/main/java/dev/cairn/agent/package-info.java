/**
 * The {@code -javaagent} entry point: {@link dev.cairn.agent.CairnAgent} applies {@code @Logged} and
 * {@code @LoggedFlow} to the methods of any class as it is loaded.
 */
package dev.cairn.agent;
