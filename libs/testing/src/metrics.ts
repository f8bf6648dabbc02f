// Reading one series out of a service's GET /metrics (Prometheus text format),
// so a test can compare a counter before and after the action it performs.

/**
 * The value of series `name` with exactly `labels` (in any order) in Prometheus text, or undefined
 * when it is not there.
 */
export function metricValue(text: string, name: string, labels: Readonly<Record<string, string>> = {}): number | undefined {
  const wanted = Object.entries(labels).sort(([a], [b]) => a.localeCompare(b));
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = [...(match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)]
      .map((m) => [m[1]!, m[2]!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c))] as const)
      .sort(([a], [b]) => a.localeCompare(b));
    if (found.length === wanted.length && found.every(([k, v], i) => wanted[i]![0] === k && wanted[i]![1] === v)) return Number(match[3]);
  }
  return undefined;
}

/** GET `${baseUrl}/metrics`, then metricValue. */
export async function scrapeMetric(baseUrl: string, name: string, labels: Readonly<Record<string, string>> = {}): Promise<number | undefined> {
  const response = await fetch(`${baseUrl}/metrics`);
  if (!response.ok) throw new Error(`GET ${baseUrl}/metrics answered ${response.status}`);
  return metricValue(await response.text(), name, labels);
}
