/**
 * {@code kiln serve}: watches the site, rebuilds it incrementally in memory, serves the last good
 * build over HTTP (Jetty), reloads open pages through Server-Sent Events and shows build errors in
 * an overlay. Uses {@code build} and below; holds the program's only long-lived mutable state.
 */
package dev.kiln.serve;
