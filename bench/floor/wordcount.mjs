// wordcount floor: the same generated text, counted with Maps and string
// methods, ranked by (-count, word).
const SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "qua", "BR", "ix"];
const LINES = 60_000;
const WORDS_PER_LINE = 12;
const M = 1_000_000_007;

function generate() {
  let x = 7;
  const lines = [];
  for (let l = 0; l < LINES; l++) {
    const words = [];
    for (let k = 0; k < WORDS_PER_LINE; k++) {
      x = (x * 48271) % 2147483647;
      const n = 1 + (x % 3);
      let w = "";
      for (let s = 0; s < n; s++) {
        x = (x * 48271) % 2147483647;
        w += SYLLABLES[x % SYLLABLES.length];
      }
      words.push(w);
    }
    lines.push(words.join(" ") + (x % 5 === 0 ? "." : ","));
  }
  return lines.join("\n");
}

function count(text) {
  const counts = new Map();
  const lengths = new Map();
  for (let line of text.split("\n")) {
    line = line.replace(/^[.,]+|[.,]+$/g, "");
    for (const word of line.split(" ")) {
      if (word === "") continue;
      const key = word.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const first = key[0].toUpperCase();
      lengths.set(first, (lengths.get(first) ?? 0) + key.length);
    }
  }
  return [counts, lengths];
}

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const text = generate();
const [counts, lengths] = count(text);
const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
let checksum = 0;
for (const [word, n] of ranked.slice(0, 1000)) {
  for (const ch of word) checksum = (checksum * 31 + ch.codePointAt(0)) % M;
  checksum = (checksum * 31 + n) % M;
}
for (const k of [...lengths.keys()].sort(cmp)) checksum = (checksum * 31 + lengths.get(k)) % M;
console.log(`checksum: ${text.length} ${counts.size} ${ranked[0][0]} ${checksum}`);
