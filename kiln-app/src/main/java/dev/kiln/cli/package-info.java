/**
 * The command line: picocli commands turn flags into option records, call one entry point, print
 * diagnostics and summaries, and map outcomes to exit codes. The only package that reads the
 * clock, the environment and the terminal.
 */
package dev.kiln.cli;
