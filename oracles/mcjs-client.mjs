#!/usr/bin/env node
// A stock meshcore.js 1.13.0 client (TCPConnection) driven line by line, for tests of the
// companion listener: `node mcjs-client.mjs HOST PORT`.
//
// stdout, one JSON object per line:
//   {"event":"connected"}                    after meshcore.js's own handshake (DeviceQuery)
//   {"event":"disconnected"}
//   {"event":"push","name":"MsgWaiting","data":{...}}   every push meshcore.js emits
//   {"id":N,"result":...} | {"id":N,"error":"..."}      the answer to request N
// stdin, one JSON request per line: {"id":N,"op":"OP","args":[...]}; byte arguments are hex
// strings. OP is a Connection method (getSelfInfo, getContacts, sendTextMessage,
// sendChannelTextMessage, syncNextMessage, login, getChannel, setChannel, deleteChannel, getDeviceTime, reboot,
// setRadioParams, exportPrivateKey, ...), or "close".
import readline from 'node:readline';
import { createRequire } from 'node:module';
import { TCPConnection, Constants } from '@liamcottle/meshcore.js';

const { toJson } = createRequire(import.meta.url)('./json-safe.js');
const [host, port] = process.argv.slice(2);
const out = (obj) => process.stdout.write(toJson(obj) + '\n');

const pushNames = new Map(Object.entries(Constants.PushCodes).map(([name, code]) => [code, name]));
const connection = new TCPConnection(host, Number(port));
for (const [code, name] of pushNames) {
  connection.on(code, (data) => out({ event: 'push', name, data }));
}
connection.on('connected', () => out({ event: 'connected' }));
connection.on('disconnected', () => out({ event: 'disconnected' }));

const HEX_ARGS = new Set(['sendTextMessage:0', 'login:0', 'getStatus:0', 'getTelemetry:0', 'setChannel:2']);
function argument(op, index, value) {
  if (typeof value === 'string' && HEX_ARGS.has(`${op}:${index}`)) {
    return Uint8Array.from(Buffer.from(value, 'hex'));
  }
  return value;
}

const rl = readline.createInterface({ input: process.stdin });
rl.on('line', async (line) => {
  let request;
  try {
    request = JSON.parse(line);
  } catch (e) {
    out({ error: `not JSON: ${line}` });
    return;
  }
  const { id, op, args = [] } = request;
  try {
    if (op === 'close') {
      await connection.close();
      out({ id, result: 'closed' });
      return;
    }
    if (typeof connection[op] !== 'function') {
      throw new Error(`no such method: ${op}`);
    }
    const result = await connection[op](...args.map((a, i) => argument(op, i, a)));
    out({ id, result: result === undefined ? null : result });
  } catch (e) {
    out({ id, error: e === undefined ? 'rejected' : String(e && e.message ? e.message : e) });
  }
});
rl.on('close', () => process.exit(0));

await connection.connect();
