## languages: sessions in several languages

# Beside a session, the other languages it can be read in, each named in
# itself: "Also in: Español, 繁體中文".
languages-also-in = Also in: { $languages }
# Between two languages' names in that list.
languages-separator = {", "}
