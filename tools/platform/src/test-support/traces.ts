// Checks on the spans the platform exported: one trace per flow, a span from
// every service it crosses, each span's parent in the same trace.
import type { ReceivedSpan } from '@keywarden/testing';

/** A span a flow must contain: its service, a name pattern and optionally its kind (2 server, 3 client, 4 producer, 5 consumer). */
export type Expected = { service: string; name: RegExp; kind?: number };

export type TraceReport = {
  traceId: string;
  spans: ReceivedSpan[];
  root: ReceivedSpan | undefined;
  services: string[];
  /** Spans whose parent is not in the trace (nothing should be). */
  orphans: ReceivedSpan[];
  /** Expected spans not (yet) received. */
  missing: Expected[];
};

export function traceReport(all: readonly ReceivedSpan[], traceId: string, expected: readonly Expected[]): TraceReport {
  const spans = all.filter((s) => s.traceId === traceId);
  const ids = new Set(spans.map((s) => s.spanId));
  const roots = spans.filter((s) => s.parentSpanId === '');
  return {
    traceId,
    spans,
    root: roots.length === 1 ? roots[0] : undefined,
    services: [...new Set(spans.map((s) => s.serviceName))].sort(),
    orphans: spans.filter((s) => s.parentSpanId !== '' && !ids.has(s.parentSpanId)),
    missing: expected.filter((e) => !spans.some((s) => s.serviceName === e.service && e.name.test(s.name) && (e.kind === undefined || s.kind === e.kind))),
  };
}

/** Complete: one root, every expected span, no span whose parent is missing. */
export const isComplete = (report: TraceReport): boolean => report.root !== undefined && report.missing.length === 0 && report.orphans.length === 0;

/** The trace as an indented tree, for failure messages. */
export function formatTrace(report: TraceReport): string {
  const children = new Map<string, ReceivedSpan[]>();
  for (const span of report.spans) children.set(span.parentSpanId, [...(children.get(span.parentSpanId) ?? []), span]);
  const lines: string[] = [`trace ${report.traceId}: ${report.spans.length} spans from ${report.services.join(', ')}`];
  const walk = (parent: string, depth: number) => {
    const level = [...(children.get(parent) ?? [])].sort((a, b) => (a.startTimeUnixNano < b.startTimeUnixNano ? -1 : 1));
    for (const span of level) {
      lines.push(`${'  '.repeat(depth)}${span.serviceName}: ${span.name} (kind ${span.kind})`);
      walk(span.spanId, depth + 1);
    }
  };
  walk('', 1);
  for (const orphan of report.orphans) lines.push(`  ORPHAN ${orphan.serviceName}: ${orphan.name} (parent ${orphan.parentSpanId})`);
  for (const missing of report.missing) lines.push(`  MISSING ${missing.service}: ${missing.name}`);
  return lines.join('\n');
}

/** Among the traces whose root matches, the first that is complete (else the fullest, for the message). */
export function findTrace(all: readonly ReceivedSpan[], isRoot: (span: ReceivedSpan) => boolean, expected: readonly Expected[]): { complete: boolean; report: TraceReport | undefined } {
  const reports = all.filter((s) => s.parentSpanId === '' && isRoot(s)).map((root) => traceReport(all, root.traceId, expected));
  const complete = reports.find(isComplete);
  if (complete) return { complete: true, report: complete };
  const fullest = [...reports].sort((a, b) => a.missing.length - b.missing.length || b.spans.length - a.spans.length)[0];
  return { complete: false, report: fullest };
}
