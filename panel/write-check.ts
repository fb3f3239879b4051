/** Moved to the core (a host-neutral spreadsheet rule the Sheets server also reads); kept here for the panel's imports. */
export * from '../core/sheet-write';
