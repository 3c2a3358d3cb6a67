/**
 * {@code kiln.yaml} → {@link dev.kiln.config.SiteConfig}: defaults, validation, unknown-key
 * warnings, permalink patterns. Uses {@code source} and {@code data}.
 */
package dev.kiln.config;
