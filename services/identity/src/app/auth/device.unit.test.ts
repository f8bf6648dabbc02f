import { describe, expect, it } from 'vitest';
import { parseDevice } from './device.js';

describe('device from the User-Agent', () => {
  it('names browser, system and form factor of common browsers', () => {
    expect(parseDevice('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0')).toEqual({
      browser: 'Firefox', browserVersion: '128.0', os: 'Windows', osVersion: '10', type: 'desktop', vendor: '', model: '',
    });
    expect(parseDevice('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15'))
      .toMatchObject({ browser: 'Safari', browserVersion: '17.4', os: 'macOS', osVersion: '10.15.7', type: 'desktop', vendor: 'Apple' });
    expect(parseDevice('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'))
      .toMatchObject({ browser: 'Safari', os: 'iOS', osVersion: '17.5', type: 'mobile', vendor: 'Apple', model: 'iPhone' });
    expect(parseDevice('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36'))
      .toMatchObject({ browser: 'Chrome', browserVersion: '126.0.0.0', os: 'Android', osVersion: '14', type: 'mobile' });
    expect(parseDevice('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0'))
      .toMatchObject({ browser: 'Microsoft Edge', os: 'Linux', type: 'desktop' });
  });

  it('leaves the fields empty for clients that are no browser, or send nothing', () => {
    const empty = { browser: '', browserVersion: '', os: '', osVersion: '', type: '', vendor: '', model: '' };
    expect(parseDevice('')).toEqual(empty);
    expect(parseDevice('   ')).toEqual(empty);
    expect(parseDevice('curl/8.5.0')).toEqual(empty);
    expect(parseDevice('\u0000'.repeat(3) + '%'.repeat(600))).toMatchObject({ browser: '' });
  });
});
