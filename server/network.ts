// Addresses: which one to print for the LAN, which Host headers are this server, which
// Origins may open a WebSocket, and whether a request comes from this machine.
import { hostname, networkInterfaces } from 'node:os';

/** This machine's LAN IPv4 address (a private range preferred), or 127.0.0.1 when there is none. */
export function lanAddress(): string {
  const candidates: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? []) {
      if (info.family === 'IPv4' && !info.internal) candidates.push(info.address);
    }
  }
  const isPrivate = (ip: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(ip);
  return candidates.find(isPrivate) ?? candidates[0] ?? '127.0.0.1';
}

/** Every address of this machine, as it may appear in a Host header (IPv6 in brackets). */
function ownAddresses(): Set<string> {
  const names = new Set(['localhost', '127.0.0.1', '[::1]']);
  const host = hostname().toLowerCase();
  names.add(host);
  names.add(`${host}.local`);
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? []) names.add(info.family === 'IPv6' ? `[${info.address.toLowerCase()}]` : info.address);
  }
  return names;
}

/** The host part of a Host header or an origin's host (no port), lower-case; null if malformed. */
export function hostOnly(host: string | undefined): string | null {
  if (!host || host.length > 300) return null;
  const match = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(host);
  return match ? match[1]!.toLowerCase() : null;
}

/**
 * Which Host headers this server answers: its own addresses and names, plus the names given
 * with --public-host (a reverse proxy's or a certificate's name). Anything else is refused: a
 * page on another site that rebinds its DNS name to this machine's address (DNS rebinding)
 * sends its own name as Host, so checking Origin against Host alone would not stop it.
 */
export class HostCheck {
  private own = ownAddresses();
  private readonly extra: Set<string>;

  constructor(publicHosts: readonly string[]) {
    this.extra = new Set(publicHosts.map((h) => h.toLowerCase()));
  }

  allows(hostHeader: string | undefined): boolean {
    const host = hostOnly(hostHeader);
    if (!host) return false;
    if (this.extra.has(host) || this.own.has(host)) return true;
    // A network that came up after the start (Wi-Fi joined late): look again.
    this.own = ownAddresses();
    return this.own.has(host);
  }
}

/**
 * Whether a WebSocket (or API) request's Origin may connect. A browser always sends Origin on
 * a WebSocket handshake; it must be this server itself (same scheme, host and port as the
 * Host the browser asked for) or one of --allow-origin. A request without Origin comes from a
 * program, not a page (Node clients, the bench's simulated participants): it is let through,
 * because a program can put any Origin it likes anyway - the Origin check protects browsers'
 * users from other sites' pages, and the room secret protects the room from everyone.
 */
export function originAllowed(
  origin: string | undefined,
  hostHeader: string | undefined,
  secure: boolean,
  allowOrigins: readonly string[],
): boolean {
  if (origin === undefined) return true;
  if (allowOrigins.includes(origin)) return true;
  if (!hostHeader) return false;
  return origin.toLowerCase() === `${secure ? 'https' : 'http'}://${hostHeader.toLowerCase()}`;
}

/** Whether the peer is loopback: 127.0.0.0/8 or ::1, also IPv4-mapped. */
export function isLoopback(remoteAddress: string | undefined): boolean {
  if (!remoteAddress) return false;
  const address = remoteAddress.startsWith('::ffff:') ? remoteAddress.slice(7) : remoteAddress;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address);
}

/**
 * Whether the peer is this machine, the facilitator's: loopback, or one of this machine's own
 * addresses (the facilitator opened the LAN address in their own browser). A host elsewhere
 * cannot pose as one: it would never see the answers to a TCP handshake sent from our address.
 */
export function isThisMachine(remoteAddress: string | undefined): boolean {
  if (isLoopback(remoteAddress)) return true;
  if (!remoteAddress) return false;
  const address = (remoteAddress.startsWith('::ffff:') ? remoteAddress.slice(7) : remoteAddress).toLowerCase();
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? []) if (info.address.toLowerCase() === address) return true;
  }
  return false;
}
