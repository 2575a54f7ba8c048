'use strict';
/**
 * Preloaded with `node --require` in front of the CLI: every way Node could reach the network (and the
 * browser APIs, should a library bring them) is replaced by a trap that names the call on stderr and
 * ends the process with exit code 97, so a test sees any attempt, even one whose error is caught.
 * test/safety/network-traps.ts installs the same traps in-process.
 */
const TRAPPED_EXIT = 97;

function trap(name) {
  return function trapped() {
    process.stderr.write(`network call trapped: ${name}\n`);
    process.exit(TRAPPED_EXIT);
  };
}

const http = require('node:http');
const https = require('node:https');
const net = require('node:net');
const tls = require('node:tls');
const dns = require('node:dns');
const dgram = require('node:dgram');

for (const [mod, name] of [
  [http, 'http'],
  [https, 'https'],
]) {
  mod.request = trap(`${name}.request`);
  mod.get = trap(`${name}.get`);
}
net.connect = trap('net.connect');
net.createConnection = trap('net.createConnection');
net.Socket.prototype.connect = trap('net.Socket#connect');
tls.connect = trap('tls.connect');
dns.lookup = trap('dns.lookup');
dns.resolve = trap('dns.resolve');
dns.promises.lookup = trap('dns.promises.lookup');
dgram.createSocket = trap('dgram.createSocket');
globalThis.fetch = trap('fetch');
if (typeof globalThis.XMLHttpRequest !== 'undefined') globalThis.XMLHttpRequest = trap('XMLHttpRequest');
if (typeof globalThis.WebSocket !== 'undefined') globalThis.WebSocket = trap('WebSocket');

module.exports = { TRAPPED_EXIT };
