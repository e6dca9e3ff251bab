// How a post goes on air, mirrored from the server's RfText (core/room/RfText.java): a text
// that fits maxBytes of UTF-8 goes whole; a longer one in "(k/n) " parts, each at most maxBytes,
// cut after a space in the second half of a part when there is one, never inside a character.

const encoder = new TextEncoder();

/** UTF-8 length of s. */
export const utf8Length = (s) => encoder.encode(s).length;

/** The parts text is sent in. */
export function split(text, maxBytes) {
  if (utf8Length(text) <= maxBytes) return [text];
  let assumed = 2;
  for (;;) {
    const budget = maxBytes - utf8Length(label(assumed, assumed));
    const pieces = cut(text, budget);
    if (String(pieces.length).length <= String(assumed).length) {
      return pieces.map((piece, i) => label(i + 1, pieces.length) + piece);
    }
    assumed = pieces.length;
  }
}

const label = (k, n) => `(${k}/${n}) `;

function cut(text, budget) {
  const out = [];
  const chars = Array.from(text); // code points
  let start = 0;
  while (start < chars.length) {
    let end = start;
    let bytes = 0;
    let lastSpace = -1;
    while (end < chars.length) {
      const n = utf8Length(chars[end]);
      if (bytes + n > budget) break;
      bytes += n;
      end += 1;
      if (chars[end - 1] === ' ' && bytes > Math.floor(budget / 2)) lastSpace = end;
    }
    if (end < chars.length && lastSpace > 0) end = lastSpace;
    out.push(chars.slice(start, end).join('').replace(/\s+$/u, ''));
    start = end;
  }
  return out;
}

/**
 * What the compose box says about text in room r ({kind, rf_text_bytes, rf_message_bytes}) by
 * author: bytes left in the current RF message and how many messages the post takes.
 */
export function budget(room, author, text) {
  const body = room.kind === 'room' ? `${author}: ${text}` : text;
  const max = room.kind === 'room' ? room.rf_message_bytes : room.rf_text_bytes;
  const used = utf8Length(body);
  if (used <= max) {
    return { parts: 1, left: room.rf_text_bytes - utf8Length(text), bytes: utf8Length(text) };
  }
  return { parts: split(body, max).length, left: 0, bytes: utf8Length(text) };
}
