/**
 * Image files as bytes: their format and size read from the header (no pixels decoded), resized
 * variants, and WebP through {@code cwebp} when installed. Knows nothing about sites or Markdown;
 * may use {@code source} only.
 */
package dev.kiln.image;
