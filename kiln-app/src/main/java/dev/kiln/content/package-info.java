/**
 * One content file at a time: split off the front matter ({@code ---} YAML, {@code +++} TOML,
 * a JSON object), read it into typed fields with every mistake reported, parse dates, and keep
 * unknown keys for templates. Uses {@code source} and {@code data}.
 */
package dev.kiln.content;
