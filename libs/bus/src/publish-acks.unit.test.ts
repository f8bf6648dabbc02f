import { headers as natsHeaders } from '@nats-io/nats-core';
import { describe, expect, it } from 'vitest';
import { readAck } from './publish-acks.js';

const text = new TextEncoder();
const reply = (body: string) => ({ data: text.encode(body), headers: undefined });

describe('readAck', () => {
  it('takes a stored message and a duplicate id as published', () => {
    expect(readAck(reply('{"stream":"EVT_IDENTITY","seq":7}'))).toEqual({ ok: true });
    expect(readAck(reply('{"stream":"EVT_IDENTITY","seq":7,"duplicate":true}'))).toEqual({ ok: true });
  });

  it('says why a publish was not stored', () => {
    expect(readAck(reply('{"error":{"code":503,"err_code":10077,"description":"maximum messages exceeded"},"stream":"EVT_IDENTITY"}'))).toEqual({ ok: false, code: 'ERR_BUS_REFUSED' });
    expect(readAck(reply('{"stream":""}'))).toEqual({ ok: false, code: 'ERR_BUS_REFUSED' });
    expect(readAck(reply('not json'))).toEqual({ ok: false, code: 'ERR_BUS_REFUSED' });
    expect(readAck({ data: new Uint8Array(0), headers: natsHeaders(503, 'No Responders') })).toEqual({ ok: false, code: 'ERR_BUS_NO_STREAM' });
    expect(readAck({ data: new Uint8Array(0), headers: undefined })).toEqual({ ok: false, code: 'ERR_BUS_REFUSED' });
  });
});
