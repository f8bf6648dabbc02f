// Where HTTP channels may point. Channel URLs are user input: without this check a channel is
// a way to make the notifier POST to its own network (cloud metadata at 169.254.169.254,
// databases on loopback, other services on RFC1918 addresses). The local platform and the
// tests, whose simulators listen on 127.0.0.1, allow private targets explicitly.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';

const blocked = new BlockList();
blocked.addSubnet('0.0.0.0', 8, 'ipv4'); // unspecified / "this network"
blocked.addSubnet('127.0.0.0', 8, 'ipv4'); // loopback
blocked.addSubnet('10.0.0.0', 8, 'ipv4'); // RFC 1918
blocked.addSubnet('172.16.0.0', 12, 'ipv4');
blocked.addSubnet('192.168.0.0', 16, 'ipv4');
blocked.addSubnet('169.254.0.0', 16, 'ipv4'); // link-local, cloud metadata
blocked.addAddress('::', 'ipv6'); // unspecified
blocked.addAddress('::1', 'ipv6'); // loopback
blocked.addSubnet('fe80::', 10, 'ipv6'); // link-local
blocked.addSubnet('fc00::', 7, 'ipv6'); // unique-local

/** Whether an IP address is loopback, private (RFC 1918), link-local, unique-local or unspecified. */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '');
  const family = isIP(ip);
  if (family === 4) return blocked.check(ip, 'ipv4');
  if (family !== 6) return false;
  // IPv4-mapped IPv6 (::ffff:127.0.0.1, or its hex form ::ffff:7f00:1) reaches the IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return blocked.check(mapped[1]!, 'ipv4');
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(ip);
  if (hex) {
    const n = (parseInt(hex[1]!, 16) << 16) | parseInt(hex[2]!, 16);
    return blocked.check([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.'), 'ipv4');
  }
  return blocked.check(ip, 'ipv6');
}

/** Why a channel URL may not be used, or undefined when it may. Says nothing of the URL itself (it may embed a credential). */
export function targetProblem(url: URL, allowPrivateTargets: boolean): string | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http(s) URL';
  if (allowPrivateTargets) return undefined;
  if (url.protocol !== 'https:') return 'must be an https URL';
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost') || isPrivateAddress(host)) {
    return 'must not point to a loopback, private, link-local or unspecified address';
  }
  return undefined;
}

/** Raised by guardedLookup: the host resolved to an address channels may not reach. */
export class PrivateTargetError extends Error {
  readonly code = 'ERR_PRIVATE_TARGET';
  constructor() {
    super('the channel host resolves to a loopback, private, link-local or unspecified address');
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http(s).request that refuses private addresses. The connection goes to the
 * address checked here, so a DNS answer that changes between a check and the connect cannot slip through.
 */
export function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    if (addresses.length === 0 || addresses.some((a) => isPrivateAddress(a.address))) return callback(new PrivateTargetError(), []);
    if (options.all) return callback(null, addresses);
    const first = addresses[0]!;
    return callback(null, first.address, first.family);
  });
}
