/**
 * YAML, TOML and JSON read into one small tree whose every node knows its {@code Location} in the
 * user's file, with safety limits for hostile input, and "did you mean" suggestions for keys.
 * Uses {@code source}, snakeyaml-engine and tomlj.
 */
package dev.kiln.data;
