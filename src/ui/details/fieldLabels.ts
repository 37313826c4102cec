// Record fields the attribute table leaves out: geometry, names (the panel's title) and source
// (shown apart, with its links).
export const HIDDEN_FIELDS: ReadonlySet<string> = new Set([
  'name',
  'nameZh',
  'source',
  'geometry',
  'position',
  'labelPosition',
  'stats',
]);
