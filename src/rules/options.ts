/** Per key, the value that is stored (and part of the API) and the label the admin shows. */
type Entries = Record<string, readonly [value: string, label: string]>

/**
 * A closed list declared once: `values` by key for code to compare against
 * (`NOTIFICATION_STATUS.final`, never the literal), `options` for its select field, in order.
 */
export const closedList = <const T extends Entries>(entries: T) => ({
  values: Object.fromEntries(Object.entries(entries).map(([key, [value]]) => [key, value])) as { readonly [K in keyof T]: T[K][0] },
  options: Object.values(entries).map(([value, label]) => ({ label, value })) as readonly { label: string; value: T[keyof T][0] }[],
})
