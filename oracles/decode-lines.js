#!/usr/bin/env node
// Long-running meshcore-decoder oracle.
//
// stdin:  one request per line: `HEX [CHANNEL_SECRET_HEX ...] [region=NAME ...]` (whitespace separated).
// stdout: exactly one JSON object per request line, in input order:
//           the DecodedPacket of @michaelhart/meshcore-decoder
//           (MeshCoreDecoder.decodeWithVerification, so advert signatures are checked),
//         or {"error": "..."} when the decoder throws (bad hex, bad key, ...).
//         With region=NAME tokens the reply also has "regionMatches": {NAME: true|false}, the
//         decoder's transportCodeMatchesRegion for the packet's first transport code.
// Diagnostics of the decoder go to stderr, never to stdout.
'use strict';

const readline = require('readline');
const { MeshCoreDecoder, transportCodeMatchesRegion } = require('@michaelhart/meshcore-decoder');
const { toJson } = require('./json-safe.js');

// stdout carries the protocol; anything the library prints goes to stderr.
for (const level of ['log', 'info', 'debug', 'warn']) {
  console[level] = (...args) => console.error(...args);
}

const keyStores = new Map();

function keyStoreFor(secrets) {
  if (secrets.length === 0) {
    return undefined;
  }
  const id = secrets.join(' ').toLowerCase();
  let store = keyStores.get(id);
  if (store === undefined) {
    store = MeshCoreDecoder.createKeyStore({ channelSecrets: secrets });
    keyStores.set(id, store);
  }
  return store;
}

async function answer(line) {
  const tokens = line.trim().split(/\s+/).filter((t) => t.length > 0);
  if (tokens.length === 0) {
    return { error: 'empty request: expected HEX [SECRET ...]' };
  }
  const regions = tokens.slice(1).filter((t) => t.startsWith('region=')).map((t) => t.slice('region='.length));
  const secrets = tokens.slice(1).filter((t) => !t.startsWith('region='));
  try {
    const keyStore = keyStoreFor(secrets);
    const packet = await MeshCoreDecoder.decodeWithVerification(tokens[0], keyStore ? { keyStore } : {});
    if (regions.length > 0) {
      packet.regionMatches = {};
      for (const region of regions) {
        packet.regionMatches[region] = Array.isArray(packet.transportCodes)
          && transportCodeMatchesRegion(region, packet.payloadType, packet.payload.raw, packet.transportCodes[0]);
      }
    }
    return packet;
  } catch (e) {
    return { error: String(e && e.message ? e.message : e) };
  }
}

// Requests are answered strictly one after another, so replies keep the input order.
let queue = Promise.resolve();
const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });
input.on('line', (line) => {
  queue = queue.then(async () => {
    const reply = await answer(line);
    process.stdout.write(toJson(reply) + '\n');
  });
});
input.on('close', () => {
  queue.then(() => process.exit(0));
});
process.stdout.on('error', () => process.exit(0));
