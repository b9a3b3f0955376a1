import textwrap
t = "The quick brown fox jumped over the lazy dog. A well-known fact-checker was self-employed in mid-2020.  Supercalifragilisticexpialidocious words\tand\ttabs too."
for w in (10, 20, 33, 50):
    print(textwrap.wrap(t, w))
print(textwrap.fill(t, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(t, 15, break_long_words=False))
print(textwrap.wrap(t, 15, break_on_hyphens=False))
print(textwrap.shorten(t, 40), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", 11))
print(textwrap.fill(t, 25, max_lines=3, placeholder=" [...]"))
print(repr(textwrap.dedent("""
    def f():
        return 1
      
    x
""")))
print(textwrap.indent("a\n\nb\n", "> "), textwrap.indent("a\nb", "+ ", lambda l: True))
print(textwrap.wrap("Hello.  World! Again", 12, fix_sentence_endings=True))
print(textwrap.wrap("", 5), textwrap.wrap("   ", 5), textwrap.wrap("a-b-c-d e--f", 3))
