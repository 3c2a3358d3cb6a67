/**
 * The command line: each command describes its options as data ({@link dev.kiln.cli.CommandSpec}),
 * one parser checks the arguments against that description and one printer makes the help; the
 * commands turn the arguments into option records, call one entry point, print diagnostics and
 * summaries, and map outcomes to exit codes. The only package that reads the clock, the
 * environment and the terminal.
 */
package dev.kiln.cli;
