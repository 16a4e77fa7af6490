/** The input is not a plan the importer can read; the message says why and how to fix it. */
export class ImportError extends Error {}
