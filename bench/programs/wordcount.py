# wordcount: generate text from a syllable table with a MINSTD generator, then
# count words with a dict, build lower/upper/joined strings, and rank the most
# frequent.  Measures dict get/set, str methods, split/join, and sorting.
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "qua", "BR", "ix"]
LINES = 60_000
WORDS_PER_LINE = 12
M = 1_000_000_007


def generate():
    x = 7
    lines = []
    for _ in range(LINES):
        words = []
        for _ in range(WORDS_PER_LINE):
            x = (x * 48271) % 2147483647
            n = 1 + x % 3
            w = ""
            for _ in range(n):
                x = (x * 48271) % 2147483647
                w += SYLLABLES[x % len(SYLLABLES)]
            words.append(w)
        lines.append(" ".join(words) + ("." if x % 5 == 0 else ","))
    return "\n".join(lines)


def count(text):
    counts = {}
    lengths = {}
    for line in text.split("\n"):
        line = line.strip(".,")
        for word in line.split():
            key = word.lower()
            counts[key] = counts.get(key, 0) + 1
            first = key[0].upper()
            lengths[first] = lengths.get(first, 0) + len(key)
    return counts, lengths


text = generate()
counts, lengths = count(text)
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
checksum = 0
for word, n in ranked[:1000]:
    for ch in word:
        checksum = (checksum * 31 + ord(ch)) % M
    checksum = (checksum * 31 + n) % M
for k in sorted(lengths):
    checksum = (checksum * 31 + lengths[k]) % M
print(f"checksum: {len(text)} {len(counts)} {ranked[0][0]} {checksum}")
