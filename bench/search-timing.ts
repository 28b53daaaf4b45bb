// How fast a search answers a question set, shared by the English and the per-language search benches:
// wall-clock percentiles, the CPU time of each call, and each question's median over the rounds.

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export type SearchTimes = {
  queries: number;
  p50: number;
  p95: number;
  p99: number;
  cpuP95: number;
  /** Each question's median over the rounds, then the 95th percentile across questions: the slow questions,
   * without the runs that merely waited for a core. */
  medianP95: number;
};

/** Runs every query once to warm up, then `rounds` times, timing each call. */
export function timeSearches(
  search: (q: string) => unknown,
  queries: readonly { query: string }[],
  rounds: number,
): SearchTimes {
  for (const c of queries) search(c.query);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const perQuestion: number[][] = queries.map(() => []);
  for (let r = 0; r < rounds; r++) {
    queries.forEach((c, q) => {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      search(c.query);
      const wall = performance.now() - start;
      const cpu = process.cpuUsage(cpuStart);
      times.push(wall);
      perQuestion[q]!.push(wall);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
    });
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const medians = perQuestion
    .map((runs) =>
      percentile(
        [...runs].sort((a, b) => a - b),
        50,
      ),
    )
    .sort((a, b) => a - b);
  return {
    queries: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    cpuP95: percentile(cpuTimes, 95),
    medianP95: percentile(medians, 95),
  };
}
