/**
 * HTML pages through Pebble templates looked up site → theme → built-in; the template models
 * (public records: the contract with themes); one HTML file per route. Uses {@code source},
 * {@code config}, {@code markdown}, {@code site} and {@code output}.
 */
package dev.kiln.render;
