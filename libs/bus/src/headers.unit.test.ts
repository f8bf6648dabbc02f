import { headers as natsHeaders, type MsgHdrs } from '@nats-io/nats-core';
import { MsgHdrsImpl, MsgImpl } from '@nats-io/nats-core/internal';
import { describe, expect, it } from 'vitest';
import { headerBlock, headerRecord, parseHeaderBlock, rawHeaderBlock, readHeaders, toNatsHeaders } from './headers.js';

const text = new TextEncoder();
/** The bytes nats.js sends for these headers (MsgHdrs does not expose encode; its implementation does). */
const encoded = (h: MsgHdrs) => (h as MsgHdrsImpl).encode();
const block = (lines: string[]) => text.encode(`NATS/1.0\r\n${lines.map((l) => `${l}\r\n`).join('')}\r\n`);
/** What nats.js' own parse gives for the same bytes (undefined when it refuses them). */
const natsRecord = (bytes: Uint8Array) => {
  try {
    return headerRecord(MsgHdrsImpl.decode(bytes));
  } catch {
    return undefined;
  }
};

describe('parseHeaderBlock', () => {
  it.each([
    ['an encoded event header block', encoded(toNatsHeaders({ 'ce-id': 'a', 'ce-type': 'keywarden.identity.v1.UserRegistered', traceparent: '00-x-y-01' }))],
    ['mixed case and duplicate names (first value of each exact name)', block(['Ce-Id: 1', 'ce-id: 2', 'Ce-Id: 3', 'KW-Stream-Version: 4'])],
    ['spaces around values, a colon inside a value, an empty value', block(['a:   padded  ', 'time: 2025-01-01T00:00:00Z', 'empty:'])],
    ['a line without a colon and a status line', text.encode('NATS/1.0 100 Idle\r\nnot a header\r\nk: v\r\n\r\n')],
    ['an empty name', block([': nameless', 'k: v'])],
    ['a CR at the end of a value (trimmed, as nats.js trims first)', block(['k: v\r', 'j: w'])],
  ])('reads %s exactly as nats.js does', (_, bytes) => {
    const expected = natsRecord(bytes);
    expect(expected).toBeDefined();
    expect(parseHeaderBlock(bytes)).toEqual({ record: expected, malformed: false });
  });

  it.each([
    ['a space in a name', block(['bad name: v', 'ce-id: 1'])],
    ['a lone LF inside a value', block(['k: a\nb', 'ce-id: 1'])],
  ])('marks %s malformed where nats.js refuses the block, and keeps the lines that parse', (_, bytes) => {
    expect(natsRecord(bytes)).toBeUndefined();
    expect(parseHeaderBlock(bytes)).toEqual({ record: { 'ce-id': '1' }, malformed: true });
  });

  it('reads no headers from an empty block or one with the version line only', () => {
    expect(parseHeaderBlock(new Uint8Array(0))).toEqual({ record: {}, malformed: false });
    expect(parseHeaderBlock(text.encode('NATS/1.0'))).toEqual({ record: {}, malformed: false });
  });
});

describe('headerBlock', () => {
  /** What js.publish sends: toNatsHeaders, then the msgID option set as Nats-Msg-Id. */
  const natsBlock = (values: Record<string, string>, msgId?: string) => {
    const h = toNatsHeaders(values);
    if (msgId !== undefined) h.set('Nats-Msg-Id', msgId);
    return encoded(h);
  };
  const event = {
    'ce-specversion': '1.0', 'ce-id': '0d6f3c1e-5b7a-4c2e-9f10-2a3b4c5d6e7f', 'ce-type': 'keywarden.identity.v1.UserRegistered',
    'Nats-Msg-Id': '0d6f3c1e-5b7a-4c2e-9f10-2a3b4c5d6e7f', 'kw-stream-id': 'user-1', traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
  };

  it.each([
    ['an event with its msgID (the record\'s Nats-Msg-Id replaced by the option, last)', event, event['ce-id']],
    ['a record without msgID (its own Nats-Msg-Id dropped, as toNatsHeaders does)', event, undefined],
    ['values to trim, an empty value, an empty name and UTF-8', { a: '  padded ', empty: '', '': 'nameless', k: 'grüße' }, 'id-1'],
    ['no headers but the msgID', {}, 'id-1'],
    ['no headers at all (no block)', {}, undefined],
  ])('writes the bytes nats.js writes for %s', (_, values, msgId) => {
    expect(headerBlock(values, msgId)).toEqual(natsBlock(values, msgId));
  });

  it('reads back through parseHeaderBlock as the record it was written from', () => {
    const { 'Nats-Msg-Id': _, ...rest } = event;
    expect(parseHeaderBlock(headerBlock(event, event['ce-id']))).toEqual({ record: { ...rest, 'Nats-Msg-Id': event['ce-id'] }, malformed: false });
  });

  it.each([
    ['a space in a name', { 'bad name': 'v' }],
    ['a colon in a name', { 'a:b': 'v' }],
    ['a CR in a value', { k: 'a\rb' }],
    ['an LF in a value', { k: 'a\nb' }],
  ])('refuses %s with ERR_INVALID_HEADER, as nats.js refuses it', (_, values) => {
    expect(() => natsBlock(values)).toThrow();
    expect(() => headerBlock(values, 'id-1')).toThrow(expect.objectContaining({ code: 'ERR_INVALID_HEADER' }));
  });
});

describe('readHeaders', () => {
  it("reads the block from nats.js' received message without building its MsgHdrs", () => {
    const hdr = natsHeaders();
    hdr.append('ce-id', 'e1');
    hdr.append('Nats-Msg-Id', 'e1');
    const head = encoded(hdr);
    const payload = text.encode('payload');
    const bytes = new Uint8Array([...head, ...payload]);
    const m = new MsgImpl({ subject: text.encode('evt.x'), sid: 1, hdr: head.length, size: bytes.length }, bytes, { publish: () => {} } as never);
    // The shape this relies on (MsgImpl's _rdata and _msg.hdr): an upgrade of nats.js that changes it fails here.
    expect(rawHeaderBlock(m)).toEqual(head);
    expect(readHeaders(m)).toEqual({ record: { 'ce-id': 'e1', 'Nats-Msg-Id': 'e1' }, malformed: false });
    expect((m as unknown as { _headers?: unknown })._headers).toBeUndefined();
    expect(new TextDecoder().decode(m.data)).toBe('payload');
  });

  it("reads the block's text straight from a Buffer (as nats.js' node transport receives it), with the same result", () => {
    const hdr = natsHeaders();
    hdr.append('Ce-Id', ' e1 ');
    hdr.append('k', 'ünï');
    const head = encoded(hdr);
    const bytes = Buffer.concat([head, text.encode('payload')]);
    const m = new MsgImpl({ subject: text.encode('evt.x'), sid: 1, hdr: head.length, size: bytes.length }, bytes, { publish: () => {} } as never);
    expect(readHeaders(m)).toEqual({ record: { 'Ce-Id': 'e1', k: 'ünï' }, malformed: false });
    expect(readHeaders(m)).toEqual(parseHeaderBlock(head));
    const bare = new MsgImpl({ subject: text.encode('evt.x'), sid: 1, hdr: 0, size: 7 }, Buffer.from('payload'), { publish: () => {} } as never);
    expect(readHeaders(bare)).toEqual({ record: {}, malformed: false });
  });

  it('falls back to nats.js headers for a message of another shape', () => {
    const hdr = natsHeaders();
    hdr.append('k', 'v');
    expect(rawHeaderBlock({ headers: hdr })).toBeUndefined();
    expect(readHeaders({ headers: hdr })).toEqual({ record: { k: 'v' }, malformed: false });
    expect(readHeaders({})).toEqual({ record: {}, malformed: false });
  });
});
