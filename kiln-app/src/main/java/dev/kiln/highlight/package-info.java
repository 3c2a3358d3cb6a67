/**
 * Build-time syntax highlighting of code blocks: code in, HTML spans with short Pygments-style
 * classes out, no JavaScript. Uses RSyntaxTextArea's lexers plus small lexers of its own; uses no
 * other Kiln package.
 */
package dev.kiln.highlight;
