/**
 * The config file: one YAML file read into immutable records with documented defaults
 * ({@link org.meshbridge.server.config.MeshbridgeConfig}). Unknown keys, bad values and keys of
 * features not built yet stop the start with a {@link org.meshbridge.server.config.ConfigException}
 * that names the key path and the reason. Only the composition root ({@code server.app}) and the
 * CLI read it; the full key reference is {@code docs/configuration.md}.
 */
package org.meshbridge.server.config;
