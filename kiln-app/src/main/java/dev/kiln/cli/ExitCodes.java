package dev.kiln.cli;

/**
 * Exit codes, in one place: 0 success; 1 errors in the site; 2 warnings only under
 * {@code --strict}; 64 bad usage (sysexits' EX_USAGE: 2 is taken by {@code --strict}); 70 an
 * internal error; 74 a file that could not be read or written (sysexits' EX_IOERR).
 */
final class ExitCodes {
    static final int OK = 0;
    static final int SITE_ERRORS = 1;
    static final int STRICT_WARNINGS = 2;
    static final int USAGE = 64;
    static final int INTERNAL = 70;
    static final int IO_ERROR = 74;

    private ExitCodes() {}
}
