## languages: sessions in several languages

languages-also-in = 其他語言：{ $languages }
languages-separator = 、
