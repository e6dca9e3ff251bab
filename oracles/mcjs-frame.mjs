#!/usr/bin/env node
// Long-running meshcore.js oracle: what @liamcottle/meshcore.js 1.13.0 makes of companion frames
// and raw packets, and which command frames it builds.
//
// stdin: one request per line, stdout: exactly one JSON object per request, in input order.
//   frame HEX            HEX = one radio->app frame payload (code byte first, no '>' header).
//                        Fed to Connection.onFrameReceived.
//                        -> {"events":[{"code":136,"name":"LogRxData","data":{...}}],"log":[...]}
//   stream HEX           HEX = raw bytes as they arrive on TCP/serial ('>' or '<', u16 LE length,
//                        payload, possibly several frames, junk or a partial frame).
//                        Fed to TCPConnection's receive path (its de-framer, then onFrameReceived).
//                        -> {"frames":["payload hex",...],"events":[...],"pending":"unconsumed hex","log":[...]}
//   build METHOD ARGS    METHOD = a Connection.sendCommand* method, ARGS = JSON array of its
//                        arguments; {"hex":"..."} stands for a Uint8Array.
//                        -> {"payload":"hex","wire":"3C...hex"} (what it would write to TCP/serial)
//   packet HEX           HEX = a raw LoRa packet. Packet.fromBytes, parsePayload, and for adverts
//                        Advert.isVerified().
//                        -> {"routeType":1,...,"payloadParsed":{...},"advertVerified":true}
// Any exception becomes {"error":"..."} (plus whatever was already captured); "log" lists what
// meshcore.js printed with console.* while handling the request.
import readline from 'node:readline';
import { createRequire } from 'node:module';
import { TCPConnection, Constants, Packet, Advert } from '@liamcottle/meshcore.js';

const { toJson, hex } = createRequire(import.meta.url)('./json-safe.js');

const codeNames = new Map();
for (const [name, code] of Object.entries({ ...Constants.ResponseCodes, ...Constants.PushCodes })) {
  codeNames.set(code, name);
}

function printable(value) {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return hex(value);
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  return toJson(value);
}

// Everything meshcore.js prints is captured into the reply's "log"; stdout carries the protocol.
let captured = null;
for (const level of ['log', 'info', 'debug', 'warn', 'error']) {
  console[level] = (...args) => {
    if (captured !== null) {
      captured.push(args.map(printable).join(' '));
    } else {
      process.stderr.write(args.map(String).join(' ') + '\n');
    }
  };
}

/** A real meshcore.js TCPConnection with no socket: emits are recorded, writes are captured. */
class RecordingConnection extends TCPConnection {
  constructor() {
    super('127.0.0.1', 0);
    this.recorded = [];
    this.socket = { write: (bytes) => this.recorded.push({ wire: Uint8Array.from(bytes) }), destroy() {} };
  }

  emit(event, ...data) {
    this.recorded.push({ event, data: data[0] });
  }
}

function bytesOf(hex) {
  if (!/^([0-9a-fA-F]{2})*$/.test(hex)) {
    throw new Error(`not an even-length hex string: ${hex}`);
  }
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

function eventsOf(recorded) {
  return recorded
    .filter((r) => 'event' in r && r.event !== 'rx' && r.event !== 'tx')
    .map((r) => ({ code: r.event, name: codeNames.get(r.event) ?? String(r.event), data: r.data }));
}

function frame(hex, reply) {
  const connection = new RecordingConnection();
  try {
    connection.onFrameReceived(bytesOf(hex));
  } finally {
    reply.events = eventsOf(connection.recorded);
  }
}

function stream(hex, reply) {
  const connection = new RecordingConnection();
  try {
    connection.onSocketDataReceived(bytesOf(hex));
  } finally {
    reply.frames = connection.recorded.filter((r) => r.event === 'rx').map((r) => Uint8Array.from(r.data));
    reply.events = eventsOf(connection.recorded);
    reply.pending = Uint8Array.from(connection.readBuffer);
  }
}

function argument(value) {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof value.hex === 'string') {
    return bytesOf(value.hex);
  }
  return value;
}

async function build(method, argsJson, reply) {
  if (!/^sendCommand[A-Za-z]+$/.test(method) || typeof TCPConnection.prototype[method] !== 'function') {
    throw new Error(`no such meshcore.js command builder: ${method}`);
  }
  const args = argsJson.trim() === '' ? [] : JSON.parse(argsJson);
  if (!Array.isArray(args)) {
    throw new Error('ARGS must be a JSON array');
  }
  const connection = new RecordingConnection();
  await connection[method](...args.map(argument));
  const payloads = connection.recorded.filter((r) => r.event === 'tx').map((r) => r.data);
  const wires = connection.recorded.filter((r) => 'wire' in r).map((r) => r.wire);
  if (payloads.length !== 1 || wires.length !== 1) {
    throw new Error(`${method} wrote ${wires.length} frames, expected 1`);
  }
  reply.payload = payloads[0];
  reply.wire = wires[0];
}

async function packet(hex, reply) {
  const parsed = Packet.fromBytes(bytesOf(hex));
  Object.assign(reply, {
    header: parsed.header,
    routeType: parsed.route_type,
    routeTypeString: parsed.route_type_string,
    payloadType: parsed.payload_type,
    payloadTypeString: parsed.payload_type_string,
    payloadVersion: parsed.payload_version,
    transportCode1: parsed.transportCode1,
    transportCode2: parsed.transportCode2,
    pathLen: parsed.pathLen,
    pathHashSize: parsed.getPathHashSize(),
    pathHashCount: parsed.getPathHashCount(),
    pathHashes: parsed.getPathHashes(),
    path: parsed.path,
    payload: parsed.payload,
  });
  reply.payloadParsed = parsed.parsePayload();
  if (parsed.payload_type === Packet.PAYLOAD_TYPE_ADVERT) {
    reply.advertVerified = await Advert.fromBytes(parsed.payload).isVerified();
  }
}

async function answer(line) {
  // VERB FIRST [REST...]: REST (build's JSON arguments) is kept verbatim, spaces included.
  const [, verb = '', first = '', rest = ''] = /^\s*(\S*)\s*(\S*)\s*(.*)$/.exec(line);
  const reply = {};
  captured = [];
  try {
    switch (verb) {
      case 'frame': frame(first, reply); break;
      case 'stream': stream(first, reply); break;
      case 'build': await build(first, rest, reply); break;
      case 'packet': await packet(first, reply); break;
      default: throw new Error(`unknown request "${verb}": expected frame|stream|build|packet`);
    }
  } catch (e) {
    reply.error = String(e && e.message ? e.message : e);
  }
  reply.log = captured;
  captured = null;
  return reply;
}

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
