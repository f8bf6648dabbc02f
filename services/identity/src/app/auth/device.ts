// The device of a session, from its User-Agent, for the session list ("Firefox on
// Windows"). Parsed with bowser (MIT, maintained, no dependencies; ua-parser-js 2
// would bring AGPL-3.0). Parsed when listed, not stored: a better parser improves
// old sessions too, and a User-Agent is at most 512 characters.
import Bowser from 'bowser';

export type Device = { browser: string; browserVersion: string; os: string; osVersion: string; type: string; vendor: string; model: string };

const UNKNOWN: Device = { browser: '', browserVersion: '', os: '', osVersion: '', type: '', vendor: '', model: '' };

export function parseDevice(userAgent: string): Device {
  // bowser refuses an empty User-Agent; a CLI or curl may send none.
  if (!userAgent.trim()) return UNKNOWN;
  try {
    const { browser, os, platform } = Bowser.parse(userAgent);
    return {
      browser: browser.name ?? '', browserVersion: browser.version ?? '', os: os.name ?? '',
      // Windows reports its kernel ("NT 10.0"); the marketing name ("10") is what people recognise.
      osVersion: (os.name === 'Windows' ? os.versionName : os.version) ?? '',
      type: platform.type ?? '', vendor: platform.vendor ?? '', model: platform.model ?? '',
    };
  } catch {
    // Whatever a client sends as its User-Agent, the list still answers.
    return UNKNOWN;
  }
}
