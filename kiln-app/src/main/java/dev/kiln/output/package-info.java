/**
 * The output folder's file-system mechanics: refuses dangerous output folders, writes files
 * atomically, skips unchanged bytes and removes only what Kiln wrote (recorded in a manifest).
 * Knows files, never posts or templates; uses only {@code dev.kiln.source} and the JDK.
 */
package dev.kiln.output;
