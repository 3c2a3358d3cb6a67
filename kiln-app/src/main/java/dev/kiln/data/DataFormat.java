package dev.kiln.data;

/** The languages {@link DataReader} reads. */
public enum DataFormat {
    YAML,
    TOML,
    JSON
}
