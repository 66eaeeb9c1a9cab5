package dev.cairn.internal.config;

import java.time.Duration;

/**
 * Bounds on flows, so that a huge or never-closed flow cannot hold memory for ever.
 *
 * @param maxSteps steps stored in a flow's timeline; later ones are counted only
 * @param maxDuration a flow still open after this long is ended as {@code abandoned} when its thread starts a new one
 */
public record FlowLimits(int maxSteps, Duration maxDuration) {}
