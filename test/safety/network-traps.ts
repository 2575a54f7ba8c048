/**
 * Traps on every way Node can reach the network, for in-process tests: each call is recorded and
 * refused with an error. `restore()` puts the originals back. The child-process twin is trap-network.js.
 */
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

type Target = Record<string, unknown>;

export interface NetworkTraps {
  /** The calls made, by name ("https.request", "fetch"…), in order. */
  calls: string[];
  restore(): void;
}

export function installNetworkTraps(): NetworkTraps {
  const calls: string[] = [];
  const saved: [Target, string, unknown][] = [];
  const replace = (target: object, key: string, name: string) => {
    const t = target as Target;
    saved.push([t, key, t[key]]);
    t[key] = function trapped() {
      calls.push(name);
      throw new Error(`network call trapped: ${name}`);
    };
  };
  replace(http, 'request', 'http.request');
  replace(http, 'get', 'http.get');
  replace(https, 'request', 'https.request');
  replace(https, 'get', 'https.get');
  replace(net, 'connect', 'net.connect');
  replace(net, 'createConnection', 'net.createConnection');
  replace(net.Socket.prototype, 'connect', 'net.Socket#connect');
  replace(tls, 'connect', 'tls.connect');
  replace(dns, 'lookup', 'dns.lookup');
  replace(dns, 'resolve', 'dns.resolve');
  replace(dns.promises, 'lookup', 'dns.promises.lookup');
  replace(dgram, 'createSocket', 'dgram.createSocket');
  replace(globalThis, 'fetch', 'fetch');
  if ('XMLHttpRequest' in globalThis) replace(globalThis, 'XMLHttpRequest', 'XMLHttpRequest');
  if ('WebSocket' in globalThis) replace(globalThis, 'WebSocket', 'WebSocket');
  return {
    calls,
    restore: () => {
      for (const [t, key, original] of saved.reverse()) t[key] = original;
    },
  };
}
