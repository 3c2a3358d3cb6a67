/**
 * Spreading a list of independent tasks over the build's worker threads. Uses only the JDK; every
 * other package may use it.
 */
package dev.kiln.parallel;
