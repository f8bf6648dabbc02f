import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';

export { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
export type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';

export interface SpanNode {
  span: ReadableSpan;
  name: string;
  children: SpanNode[];
}

/** The span id of a span's parent, or undefined for a root span. */
export function parentSpanId(span: ReadableSpan): string | undefined {
  return span.parentSpanContext?.spanId;
}

/**
 * Arranges finished spans by parent link, roots first (a span whose parent is not among
 * `spans`, e.g. a remote parent, counts as a root). Siblings keep their start order.
 */
export function spanTree(spans: readonly ReadableSpan[]): SpanNode[] {
  const ordered = [...spans].sort((a, b) => hrtimeToNanos(a.startTime) - hrtimeToNanos(b.startTime));
  const nodes = new Map<string, SpanNode>();
  for (const span of ordered) nodes.set(span.spanContext().spanId, { span, name: span.name, children: [] });
  const roots: SpanNode[] = [];
  for (const span of ordered) {
    const node = nodes.get(span.spanContext().spanId);
    if (!node) continue;
    const parentId = parentSpanId(span);
    const parent = parentId === undefined ? undefined : nodes.get(parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The tree as indented names, one span a line: handy in assertions and failure output. */
export function formatSpanTree(spans: readonly ReadableSpan[]): string {
  const lines: string[] = [];
  const walk = (node: SpanNode, depth: number): void => {
    lines.push(`${'  '.repeat(depth)}${node.name}`);
    for (const child of node.children) walk(child, depth + 1);
  };
  for (const root of spanTree(spans)) walk(root, 0);
  return lines.join('\n');
}

function hrtimeToNanos([seconds, nanos]: readonly [number, number]): number {
  return seconds * 1e9 + nanos;
}
