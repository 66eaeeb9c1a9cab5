/**
 * Request logging for Jakarta Servlet 6 containers: {@link dev.cairn.servlet.CairnRequestFilter} makes each request a
 * flow, with the policy of {@code dev.cairn.http.RequestLogging}.
 */
package dev.cairn.servlet;
