// Exit statuses of every xxgk command. Usage and read failures win over
// findings: a script must not take a half-done run for a result.
export const EXIT_OK = 0;
/** lint: errors found; import: the input is no (complete) report. */
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 1;
/** Bad usage, or a file that cannot be read or written. */
export const EXIT_USAGE = 2;
