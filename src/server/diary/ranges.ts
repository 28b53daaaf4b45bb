// A date range in a diary query: its end may not come before its start.

/** Field errors for a range whose end comes before its start. */
export function rangeProblems(from: string | undefined, to: string | undefined): Record<string, string> {
  return from !== undefined && to !== undefined && to < from ? { to: 'must not be before from' } : {};
}
