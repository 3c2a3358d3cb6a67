/**
 * Orchestration: runs the stages in order, in parallel where it pays, and returns a report. The
 * only package that knows every stage; {@code cli}, {@code serve} and {@code check} sit on it.
 */
package dev.kiln.build;
