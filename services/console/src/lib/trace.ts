// Where a trace id of the audit trail opens in Jaeger: `<jaegerUiUrl>/trace/<traceId>`, when the gateway
// names a Jaeger UI (GET /api/v1/console/settings, from KW_JAEGER_UI_URL). Only a W3C trace id (32 hex
// digits, not all zero) becomes a link: anything else in the field stays text, never part of a URL.
const TRACE_ID = /^(?!0{32})[0-9a-f]{32}$/i;

export function traceHref(jaegerUiUrl: string | null | undefined, traceId: string): string | undefined {
  if (!jaegerUiUrl || !TRACE_ID.test(traceId)) return undefined;
  // The gateway accepts http and https only; a stale or odd value from elsewhere is not linked.
  if (!/^https?:\/\//i.test(jaegerUiUrl)) return undefined;
  return `${jaegerUiUrl.replace(/\/+$/, '')}/trace/${traceId.toLowerCase()}`;
}
