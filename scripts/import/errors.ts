/** A problem the person running the import can fix (bad arguments, file or rows): printed, exit 1. */
export class ImportCliError extends Error {}
