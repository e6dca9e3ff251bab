#!/usr/bin/env node
// Times @michaelhart/meshcore-decoder on the benchmark corpus that meshbridge's JMH benchmarks use
// (bench/src/main/resources/corpus), so both sides are measured on the same packets in the same run.
//
// usage: node bench-decoder.js [--corpus DIR] [--warmup-ms N] [--round-ms N] [--rounds N]
//
// stdout: one JSON object: per benchmark the median rate of the timed rounds (and every round),
//         plus checks that the decoder accepted the corpus (so the rates are of successful work).
// The decoder's own diagnostics go to stderr.
//
// What each benchmark times (one call per packet, single thread: node runs JS on one core):
//   decode               MeshCoreDecoder.decode(hex) on every corpus packet, no key store: header,
//                        transport codes, path, and the payload's fields for every type; nothing
//                        decrypted (the same depth as meshbridge's Packet.decode + Payload.decode).
//   decodeWithKeys       the same with the corpus channels in a key store: GRP_TXT packets whose
//                        channel is known are also MAC-checked, decrypted and parsed.
//   advertVerify         MeshCoreDecoder.decodeWithVerification(hex) on the adverts: decode + Ed25519.
//   advertSignatureOnly  Ed25519SignatureVerifier.verifyAdvertisementSignature on pre-split fields.
//   groupTextDecrypt     ChannelCrypto.decryptGroupTextMessage on the pre-split fields of every GRP_TXT
//                        a corpus channel opens: HMAC check, AES-ECB, timestamp/flags/text parse.
'use strict';

const fs = require('fs');
const path = require('path');
const {
  MeshCoreDecoder, ChannelCrypto, Ed25519SignatureVerifier, PayloadType,
} = require('@michaelhart/meshcore-decoder');

// stdout carries only the JSON result.
for (const level of ['log', 'info', 'debug', 'warn']) {
  console[level] = (...args) => console.error(...args);
}

function options(argv) {
  const o = {
    corpus: path.join(__dirname, '..', 'bench', 'src', 'main', 'resources', 'corpus'),
    warmupMs: 3000,
    roundMs: 2000,
    rounds: 5,
  };
  for (let i = 2; i < argv.length; i += 2) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case '--corpus': o.corpus = value; break;
      case '--warmup-ms': o.warmupMs = Number(value); break;
      case '--round-ms': o.roundMs = Number(value); break;
      case '--rounds': o.rounds = Number(value); break;
      default: throw new Error(`unknown option ${argv[i]}`);
    }
  }
  return o;
}

function dataLines(file) {
  return fs.readFileSync(file, 'utf8').split('\n').map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
}

function loadCorpus(dir) {
  const packets = dataLines(path.join(dir, 'packets.hex'));
  const secrets = dataLines(path.join(dir, 'channels.txt')).map((l) => l.split(/\s+/)[0]);
  return { packets, secrets };
}

// Splits the corpus the way the Java benchmarks do, using the decoder itself.
function select(corpus, keyStore) {
  const adverts = [];
  const advertFields = [];
  const groupTexts = [];
  let decodeValid = 0;
  for (const hex of corpus.packets) {
    const p = MeshCoreDecoder.decode(hex);
    const d = p.payload.decoded;
    if (p.isValid && d && d.isValid) {
      decodeValid++;
    }
    if (p.payloadType === PayloadType.Advert) {
      adverts.push(hex);
      advertFields.push([d.publicKey, d.signature, d.timestamp, appDataHex(p.payload.raw)]);
    }
    if (p.payloadType === PayloadType.GroupText) {
      for (const key of keyStore.getChannelKeys(d.channelHash)) {
        if (ChannelCrypto.decryptGroupTextMessage(d.ciphertext, d.cipherMac, key).success) {
          groupTexts.push([d.channelHash, d.ciphertext, d.cipherMac]);
          break;
        }
      }
    }
  }
  return { adverts, advertFields, groupTexts, decodeValid };
}

// Advert payload: pub(32) ts(4) sig(64) app data.
function appDataHex(payloadHex) {
  return payloadHex.substring(2 * 100);
}

// Runs fn(i) over i = 0.. in batches of `batch` until the time is up; returns items per second.
async function rate(fn, batch, ms, isAsync) {
  let items = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(ms) * 1000000n;
  let now = start;
  while (now < end) {
    if (isAsync) {
      for (let i = 0; i < batch; i++) {
        await fn(i);
      }
    } else {
      for (let i = 0; i < batch; i++) {
        fn(i);
      }
    }
    items += batch;
    now = process.hrtime.bigint();
  }
  return items / (Number(now - start) / 1e9);
}

async function measure(name, fn, batch, o, isAsync = false) {
  await rate(fn, batch, o.warmupMs, isAsync);
  const rounds = [];
  for (let r = 0; r < o.rounds; r++) {
    rounds.push(await rate(fn, batch, o.roundMs, isAsync));
  }
  const sorted = [...rounds].sort((a, b) => a - b);
  console.error(`${name}: ${Math.round(sorted[Math.floor(sorted.length / 2)])}/s`);
  return {
    perSecond: sorted[Math.floor(sorted.length / 2)],
    min: sorted[0],
    max: sorted[sorted.length - 1],
    items: batch,
    rounds,
  };
}

async function main() {
  const o = options(process.argv);
  const corpus = loadCorpus(o.corpus);
  const keyStore = MeshCoreDecoder.createKeyStore({ channelSecrets: corpus.secrets });
  const s = select(corpus, keyStore);
  let sink = 0;
  let verified = 0;
  for (const hex of s.adverts) {
    verified += (await MeshCoreDecoder.decodeWithVerification(hex)).isValid ? 1 : 0;
  }

  const packets = corpus.packets;
  const withKeys = { keyStore };
  const results = {};
  results.decode = await measure('decode', (i) => {
    sink += MeshCoreDecoder.decode(packets[i]).totalBytes;
  }, packets.length, o);
  results.decodeWithKeys = await measure('decodeWithKeys', (i) => {
    sink += MeshCoreDecoder.decode(packets[i], withKeys).totalBytes;
  }, packets.length, o);
  results.advertVerify = await measure('advertVerify', async (i) => {
    sink += (await MeshCoreDecoder.decodeWithVerification(s.adverts[i])).isValid ? 1 : 0;
  }, s.adverts.length, o, true);
  results.advertSignatureOnly = await measure('advertSignatureOnly', async (i) => {
    const [pub, sig, ts, appData] = s.advertFields[i];
    sink += (await Ed25519SignatureVerifier.verifyAdvertisementSignature(pub, sig, ts, appData)) ? 1 : 0;
  }, s.advertFields.length, o, true);
  results.groupTextDecrypt = await measure('groupTextDecrypt', (i) => {
    const [hash, ciphertext, mac] = s.groupTexts[i];
    for (const key of keyStore.getChannelKeys(hash)) {
      const r = ChannelCrypto.decryptGroupTextMessage(ciphertext, mac, key);
      if (r.success) {
        sink += r.data.timestamp & 1;
        break;
      }
    }
  }, s.groupTexts.length, o);

  const decoderVersion = require('@michaelhart/meshcore-decoder/package.json').version;
  process.stdout.write(JSON.stringify({
    library: '@michaelhart/meshcore-decoder',
    version: decoderVersion,
    node: process.version,
    settings: { warmupMs: o.warmupMs, roundMs: o.roundMs, rounds: o.rounds },
    corpus: {
      packets: packets.length,
      decodedValid: s.decodeValid,
      adverts: s.adverts.length,
      advertsVerified: verified,
      groupTextsOpened: s.groupTexts.length,
    },
    results,
    sink,
  }, null, 2) + '\n');
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
});
