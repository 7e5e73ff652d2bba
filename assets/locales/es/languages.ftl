## languages: sessions in several languages

languages-also-in = También en: { $languages }
languages-separator = {", "}
