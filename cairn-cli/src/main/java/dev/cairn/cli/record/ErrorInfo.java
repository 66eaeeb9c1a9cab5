package dev.cairn.cli.record;

/** The {@code error} of a record: exception type, message, stack trace text and optional cause. */
public record ErrorInfo(String type, String message, String stack, ErrorInfo cause) {}
