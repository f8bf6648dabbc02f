import { ContractError } from '@keywarden/contracts';
import { headers as natsHeaders, type MsgHdrs } from '@nats-io/nats-core';

/** NATS headers as a plain record (first value of each key). */
export function headerRecord(h: MsgHdrs | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!h) return out;
  // Iterating the entries, not keys() + get(): get() scans every key each time.
  for (const [key, values] of h) if (values[0] !== undefined) out[key] = values[0];
  return out;
}

export function toNatsHeaders(values: Record<string, string>): MsgHdrs {
  const h = natsHeaders();
  // Nats-Msg-Id is set by the publish option (msgID); setting it twice would duplicate it.
  // append, not set: the keys of a record are distinct, and set() first scans to delete.
  for (const [key, value] of Object.entries(values)) if (key.toLowerCase() !== 'nats-msg-id') h.append(key, value);
  return h;
}

const encoder = new TextEncoder();

/**
 * The header block nats.js sends for `toNatsHeaders(values)` published with
 * the `msgID` option (`Nats-Msg-Id` last), written straight from the record as
 * one string and one encode: nats.js builds a MsgHdrs (a canonical key and a
 * scan of every key per header), then its text, then its bytes, for every
 * message. headers.unit.test.ts checks the bytes against nats.js' own. A name
 * or value nats.js would refuse throws ERR_INVALID_HEADER (the event cannot
 * be published as it is).
 */
export function headerBlock(values: Record<string, string>, msgId?: string): Uint8Array {
  let text = 'NATS/1.0';
  for (const key of Object.keys(values)) {
    // As toNatsHeaders: the msgID option carries Nats-Msg-Id, once.
    if (key.length === 11 && key.toLowerCase() === 'nats-msg-id') continue;
    text += headerLine(key, values[key]!);
  }
  if (msgId !== undefined) text += headerLine('Nats-Msg-Id', msgId);
  // nats.js writes no block at all for no headers.
  return text.length === 8 ? new Uint8Array(0) : encoder.encode(`${text}\r\n\r\n`);
}

function headerLine(key: string, value: string): string {
  if (!validName(key)) throw new ContractError('ERR_INVALID_HEADER', 'header name: printable ASCII without a colon expected', 'headers');
  if (value.includes('\r') || value.includes('\n')) throw new ContractError('ERR_INVALID_HEADER', `header ${key}: CR or LF in the value`, key);
  // nats.js trims values (after the CR/LF check).
  return `\r\n${key}: ${value.trim()}`;
}

/**
 * A header block already encoded (headerBlock), as the `headers` option of
 * `nc.publish`: nats.js asks the option only for `encode()` (ProtocolHandler.publish).
 */
export function encodedHeaders(block: Uint8Array): MsgHdrs {
  return { encode: () => block } as unknown as MsgHdrs;
}

/** A message's headers read once: the record, and whether nats.js would have refused the block. */
export type ReadHeaders = { record: Record<string, string>; malformed: boolean };

type HeaderSource = { headers?: MsgHdrs | undefined };
// What nats.js keeps of a received message (MsgImpl): the bytes as read, headers first.
type RawMsg = { _rdata?: unknown; _msg?: { hdr?: unknown } };

const decoder = new TextDecoder();

/**
 * The header block of a received message, as bytes, when the nats.js
 * message exposes them (a JsMsg wraps a MsgImpl whose `_rdata` holds header
 * block then payload, `_msg.hdr` the block's length). Undefined otherwise: the
 * caller then falls back to nats.js' own parse. headers.unit.test.ts checks
 * that the installed nats.js still has this shape, so an upgrade that changes
 * it fails a test instead of silently taking the slow path.
 */
export function rawHeaderBlock(m: object): Uint8Array | undefined {
  const { data, hdr } = rawParts(m);
  if (!(data instanceof Uint8Array) || typeof hdr !== 'number') return undefined;
  return hdr > 0 ? data.subarray(0, hdr) : new Uint8Array(0);
}

function rawParts(m: object): { data: unknown; hdr: unknown } {
  const inner = ((m as { msg?: unknown }).msg ?? m) as RawMsg;
  return { data: inner._rdata, hdr: inner._msg?.hdr };
}

/**
 * A received message's headers as a record (first value of each key, names as
 * sent), parsed straight from the header block: nats.js' `m.headers` builds a
 * MsgHdrs (a canonical key, a scan of every key and a regular expression per
 * header) which the event path turned into a record again, the largest share of
 * decoding an event. Same result as `headerRecord(m.headers)`; a block nats.js
 * would refuse (a name with a space or a colon, a CR or LF in a value) is
 * `malformed`, with the lines that do parse in `record`, so it can still be parked.
 */
export function readHeaders(m: HeaderSource & object): ReadHeaders {
  const { data, hdr } = rawParts(m);
  // The common case: the block's text straight from nats.js' Buffer, without a view of it and a TextDecoder call.
  if (Buffer.isBuffer(data) && typeof hdr === 'number') return parseHeaderText(hdr > 0 ? data.toString('utf8', 0, hdr) : '');
  const block = rawHeaderBlock(m);
  if (block === undefined) {
    try {
      return { record: headerRecord(m.headers), malformed: false };
    } catch {
      return { record: {}, malformed: true };
    }
  }
  return parseHeaderBlock(block);
}

/** `NATS/1.0[ status]\r\n` then `Name: value\r\n` lines, as nats.js' MsgHdrsImpl.decode reads them. */
export function parseHeaderBlock(block: Uint8Array): ReadHeaders {
  return parseHeaderText(block.length === 0 ? '' : decoder.decode(block));
}

function parseHeaderText(text: string): ReadHeaders {
  const record: Record<string, string> = {};
  let malformed = false;
  // The first line is the version and status, not a header.
  let start = text.indexOf('\r\n');
  if (start < 0) return { record, malformed };
  start += 2;
  // A CR or LF outside a line break can only be in a value: only then is each value looked through.
  const loneBreaks = hasLoneBreak(text);
  while (start < text.length) {
    let end = text.indexOf('\r\n', start);
    if (end < 0) end = text.length;
    const colon = text.indexOf(':', start);
    // A line without a colon is no header (nats.js skips it too).
    if (colon > -1 && colon < end) {
      const key = text.slice(start, colon);
      let from = colon + 1;
      while (from < end && text.charCodeAt(from) === 32) from++;
      let value = text.slice(from, end);
      // Trimmed before the check, as nats.js does (a CR or LF at either end is whitespace); the spaces after
      // the colon are skipped above, so trim() runs only when other whitespace may be at either end.
      if (value.length > 0 && (mayTrim(value.charCodeAt(0)) || mayTrim(value.charCodeAt(value.length - 1)))) value = value.trim();
      if (!validName(key) || (loneBreaks && (value.includes('\r') || value.includes('\n')))) malformed = true;
      else if (!Object.hasOwn(record, key)) record[key] = value;
    }
    start = end + 2;
  }
  return { record, malformed };
}

/** Whitespace trim() may remove: ASCII controls and space, or any character beyond ASCII (Unicode spaces). */
const mayTrim = (c: number) => c <= 32 || c > 126;

function hasLoneBreak(text: string): boolean {
  for (let i = text.indexOf('\r'); i > -1; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) return true;
  for (let i = text.indexOf('\n'); i > -1; i = text.indexOf('\n', i + 1)) if (text.charCodeAt(i - 1) !== 13) return true;
  return false;
}

// RFC 822 field names as nats.js checks them: printable ASCII (33-126) except the colon (empty passes there too).
function validName(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 33 || c > 126 || c === 58) return false;
  }
  return true;
}
