/**
 * The static search index: posts and pages turned into term fragments, small enough that a query
 * downloads only the few it needs, and the tokenizer that {@code search.js} mirrors in the browser.
 * Uses {@code config}, {@code site} and {@code output}; knows nothing about templates.
 */
package dev.kiln.search;
