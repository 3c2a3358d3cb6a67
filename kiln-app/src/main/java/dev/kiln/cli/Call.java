package dev.kiln.cli;

import java.io.PrintWriter;

/** One run of a command: its checked arguments, where to print, and the outside world. */
record Call(Arguments args, PrintWriter out, PrintWriter err, Environment environment) {}
